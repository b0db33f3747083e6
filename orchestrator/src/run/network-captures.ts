// pcapng taps of the network built by build-network.ts: a link's frames
// before and after its queue, and a switch's ports in both directions. Each
// writes one file under pcap/ and, at close, per-interface statistics.

import { join } from 'node:path';
import type { OutputError } from '../errors.js';
import type { FrameSink, L2Device } from '../net/frame.js';
import type { Link } from '../net/link.js';
import type { Queue } from '../net/queue.js';
import { PcapngWriter } from '../results/pcapng-writer.js';
import { outputFile } from '../scenario/output-files.js';
import type { CaptureTap, ResolvedDirection, ResolvedScenario, ResolvedSwitch } from '../scenario/types.js';
import type { Calendar } from '../sim/calendar.js';

/** Where taps write, and the list of writers the network closes at the end. */
export interface CaptureEnv {
  calendar: Calendar;
  outDir: string;
  onOutputError: (err: OutputError) => void;
  writers: { close(): void }[];
}

/**
 * A link's pcapng: one interface per direction and tap, before its queue
 * (every frame offered, drops included) or after it (frames onto the
 * wire). At close each interface's statistics say how many frames it saw
 * and, after the queue, how many the queue dropped.
 */
export function captureLink(env: CaptureEnv, name: string, taps: readonly CaptureTap[], built: { d: ResolvedDirection; queue: Queue; wire: Link }[]): { close(): void } {
  const ifaces = built.flatMap(({ d, queue, wire }) => taps.map((tap) => ({ name: `${d.id} ${tap}`, tap, queue, wire, seen: 0 })));
  const w = new PcapngWriter(join(env.outDir, outputFile.linkCapture(name)), ifaces.map((i) => ({ name: i.name, description: i.tap === 'before_queue' ? 'frames reaching the queue' : 'frames leaving the queue onto the wire' })), env.onOutputError);
  ifaces.forEach((i, k) =>
    (i.tap === 'before_queue' ? i.queue.arrival : i.wire.txStart).subscribe((f) => {
      i.seen++;
      w.write(k, env.calendar.now, f.bytes);
    }),
  );
  return {
    close: () => {
      w.writeStatistics(env.calendar.now, ifaces.map((i) => ({ received: i.seen, dropped: i.tap === 'before_queue' ? 0 : i.queue.counters.dropped })));
      w.close();
    },
  };
}

/**
 * A switch whose ports are tapped into pcap/<switch>.pcapng: per port, the
 * frames entering the switch from its link ("in") and those the switch
 * sends onto it ("out", before the link's queue). Ports are named after
 * their links, in the order the loop above attaches them.
 */
export function capturePorts(env: CaptureEnv, scenario: Pick<ResolvedScenario, 'links'>, w: ResolvedSwitch, device: L2Device): L2Device {
  if (!w.capture) return device;
  const ports = scenario.links.flatMap((l) => l.directions.filter((d) => d.to.kind === 'switch' && d.to.index === w.index).map((d) => `${w.name} port to ${d.from.name} (${l.name})`));
  const names = ports.flatMap((p) => [`${p} in`, `${p} out`]);
  const seen = names.map(() => 0);
  const writer = new PcapngWriter(join(env.outDir, outputFile.switchCapture(w.name)), names.map((name) => ({ name })), env.onOutputError);
  const tap = (iface: number, next: FrameSink): FrameSink => ({
    receive: (f) => {
      seen[iface]!++;
      writer.write(iface, env.calendar.now, f.bytes);
      next.receive(f);
    },
  });
  let port = 0;
  env.writers.push({
    close: () => {
      writer.writeStatistics(env.calendar.now, seen.map((received) => ({ received, dropped: 0 })));
      writer.close();
    },
  });
  return {
    attach: (egress) => {
      const k = port++;
      return tap(2 * k, device.attach(tap(2 * k + 1, egress)));
    },
  };
}

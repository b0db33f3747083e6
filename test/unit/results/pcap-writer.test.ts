// The pcap writer checked against a real reader: Debian's tshark must read
// back every frame with its exact nanosecond timestamp and bytes.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PcapMeter } from '../../../orchestrator/src/net/pcap-meter.js';
import { TracePoint } from '../../../orchestrator/src/net/trace-point.js';
import type { Frame } from '../../../orchestrator/src/net/frame.js';
import { PcapWriter } from '../../../orchestrator/src/results/pcap-writer.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';

const dir = mkdtempSync(join(tmpdir(), 'cosim-pcap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A broadcast ARP-sized Ethernet frame whose last byte tags it. */
function frame(tag: number): Uint8Array {
  const b = new Uint8Array(60);
  b.fill(0xff, 0, 6);
  b.set([0x52, 0x54, 0, 0, 0, 1], 6);
  b.set([0x08, 0x06], 12);
  b[59] = tag;
  return b;
}

describe('PcapWriter', () => {
  it('writes a file tshark reads back with exact nanosecond times and bytes', () => {
    const path = join(dir, 'meter.pcap');
    const cal = new Calendar();
    const point = new TracePoint<Frame>('rx');
    const writer = new PcapWriter(path);
    new PcapMeter(cal, point, writer, 'm');
    const times = [1, 999_999_999, 1_000_000_000, 30_123_456_789];
    times.forEach((t, i) => cal.schedule(t, () => point.emit({ bytes: frame(i), id: i })));
    cal.runUntil(40_000_000_000);
    writer.close();

    const fields = execFileSync('tshark', ['-r', path, '-T', 'fields', '-e', 'frame.time_epoch', '-e', 'frame.len', '-e', 'eth.type'], {
      encoding: 'utf8',
    });
    expect(fields.trim().split('\n')).toEqual([
      '0.000000001\t60\t0x0806',
      '0.999999999\t60\t0x0806',
      '1.000000000\t60\t0x0806',
      '30.123456789\t60\t0x0806',
    ]);
    // capinfos: table mode, encapsulation, packet count, first packet time.
    const info = execFileSync('capinfos', ['-T', '-r', '-E', '-c', '-a', path], { encoding: 'utf8' });
    expect(info.trim()).toBe(`${path}\tether\t4\t1970-01-01 00:00:00.000000001`);
    // The last record's data is the frame itself.
    const bytes = readFileSync(path);
    expect(bytes.subarray(bytes.length - 60)).toEqual(Buffer.from(frame(3)));
  });

  it('on a full disk, reports the failure once and drops later records without throwing', () => {
    const errors: string[] = [];
    // Writes to /dev/full fail with ENOSPC, as on a full file system.
    const w = new PcapWriter('/dev/full', (e) => errors.push(e.message));
    for (let i = 0; i < 2_000; i++) w.write(i * 1000, new Uint8Array(100));
    w.close();
    expect(errors).toEqual(['cannot write /dev/full: the disk is full (ENOSPC)']);
    expect(w.failure?.code).toBe('ENOSPC');
  });

  it('names the file it cannot create', () => {
    expect(() => new PcapWriter(join(dir, 'missing-folder', 'x.pcap'))).toThrow(/cannot write .*missing-folder\/x.pcap: ENOENT/);
  });
});

// The pcapng writer checked against real readers (Debian's tshark and
// capinfos) and block by block: interfaces with their names and
// nanosecond resolution, frames with exact times and bytes, and each
// interface's statistics (frames seen, frames dropped before the tap).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PcapngWriter } from '../../../orchestrator/src/results/pcapng-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'cosim-pcapng-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function frame(tag: number, len = 60): Uint8Array {
  const b = new Uint8Array(len);
  b.fill(0xff, 0, 6);
  b.set([0x52, 0x54, 0, 0, 0, 1], 6);
  b.set([0x08, 0x06], 12);
  b[len - 1] = tag;
  return b;
}

/** Every block's type, and each interface statistics block's isb_ifrecv and isb_ifdrop. */
function blocks(path: string): { types: number[]; isb: { iface: number; recv: bigint; drop: bigint }[] } {
  const b = readFileSync(path);
  const types: number[] = [];
  const isb: { iface: number; recv: bigint; drop: bigint }[] = [];
  for (let o = 0; o < b.length; ) {
    const type = b.readUInt32LE(o);
    const len = b.readUInt32LE(o + 4);
    expect(b.readUInt32LE(o + len - 4)).toBe(len);
    expect(len % 4).toBe(0);
    types.push(type);
    if (type === 5) {
      const entry = { iface: b.readUInt32LE(o + 8), recv: -1n, drop: -1n };
      for (let p = o + 20; p < o + len - 4; ) {
        const code = b.readUInt16LE(p);
        const olen = b.readUInt16LE(p + 2);
        if (code === 4) entry.recv = b.readBigUInt64LE(p + 4);
        if (code === 5) entry.drop = b.readBigUInt64LE(p + 4);
        if (code === 0) break;
        p += 4 + ((olen + 3) & ~3);
      }
      isb.push(entry);
    }
    o += len;
  }
  return { types, isb };
}

describe('PcapngWriter', () => {
  it('writes one interface per tap, frames tshark reads back exactly, and statistics at the end', () => {
    const path = join(dir, 'taps.pcapng');
    const w = new PcapngWriter(path, [{ name: 'wan:a->b before_queue', description: 'frames reaching the queue' }, { name: 'wan:a->b after_queue' }]);
    w.write(0, 1_000_000_001, frame(1));
    w.write(0, 1_000_000_002, frame(2, 1514));
    w.write(1, 1_000_500_000, frame(1));
    w.write(0, 4_294_967_296_123, frame(3, 61));
    w.writeStatistics(4_300_000_000_000, [
      { received: 3, dropped: 0 },
      { received: 1, dropped: 2 },
    ]);
    w.close();
    expect(w.records).toBe(4);
    const fields = execFileSync('tshark', ['-r', path, '-T', 'fields', '-e', 'frame.interface_id', '-e', 'frame.interface_name', '-e', 'frame.time_epoch', '-e', 'frame.len'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(fields.trim().split('\n')).toEqual([
      '0\twan:a->b before_queue\t1.000000001\t60',
      '0\twan:a->b before_queue\t1.000000002\t1514',
      '1\twan:a->b after_queue\t1.000500000\t60',
      // Above 2^32 ns the timestamp's high word counts.
      '0\twan:a->b before_queue\t4294.967296123\t61',
    ]);
    const info = execFileSync('capinfos', ['-M', path], { encoding: 'utf8' });
    expect(info).toMatch(/Number of interfaces in file: 2/);
    expect(info).toMatch(/Time precision = nanoseconds \(9\)/);
    expect(info).toMatch(/Description = frames reaching the queue/);
    const { types, isb } = blocks(path);
    expect(types).toEqual([0x0a0d0d0a, 1, 1, 6, 6, 6, 6, 5, 5]);
    expect(isb).toEqual([
      { iface: 0, recv: 3n, drop: 0n },
      { iface: 1, recv: 1n, drop: 2n },
    ]);
  });

  it('refuses a frame for an interface it did not declare', () => {
    const w = new PcapngWriter(join(dir, 'one.pcapng'), [{ name: 'x' }]);
    expect(() => w.write(1, 0, frame(1))).toThrow(/no interface 1/);
    w.close();
  });
});

// The failure rule every record file shares (record-file.ts), on a real file
// system: a write past the file size limit is taken in part and then refused
// (EFBIG, as ENOSPC on a nearly full disk). The file must end on a whole
// record, and the failure be reported once.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineWriter } from '../../../orchestrator/src/results/line-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'cosim-record-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LIMIT = 100_000;

/** Runs helpers/fill-file.ts under a file size limit of LIMIT bytes; returns the errors it heard. */
function fill(kind: 'pcap' | 'line', path: string): string[] {
  const child = join(import.meta.dirname, 'helpers', 'fill-file.ts');
  const out = execFileSync('prlimit', [`--fsize=${LIMIT}`, process.execPath, '--import', 'tsx', child, kind, path], { encoding: 'utf8' });
  return JSON.parse(out) as string[];
}

describe('RecordFile', () => {
  it('cuts a pcap cut short by the disk back to its last whole record', () => {
    const path = join(dir, 'full.pcap');
    expect(fill('pcap', path)).toEqual([`cannot write ${path}: EFBIG`]);
    const size = statSync(path).size;
    // A 24-byte file header, then records of a 16-byte header and 100 bytes.
    expect(size).toBeLessThanOrEqual(LIMIT);
    expect(size).toBeGreaterThan(LIMIT - 2 * 116);
    expect((size - 24) % 116).toBe(0);
  });

  it('cuts a text trace back to its last whole line', () => {
    const path = join(dir, 'full.csv');
    expect(fill('line', path)).toEqual([`cannot write ${path}: EFBIG`]);
    const text = readFileSync(path, 'utf8');
    expect(text.length).toBeGreaterThan(LIMIT - 100);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`line ${lines.length - 1} ${'x'.repeat((lines.length - 1) % 50)}`);
  });

  it('counts the records it accepted, and drops those after a failure', () => {
    const errors: string[] = [];
    const w = new LineWriter('/dev/full', (e) => errors.push(e.message));
    for (let i = 0; i < 10_000; i++) w.line('x'.repeat(99));
    w.close();
    expect(errors).toEqual(['cannot write /dev/full: the disk is full (ENOSPC)']);
    // 64 KiB of 100-byte lines went to the first write, which failed; none after.
    expect(w.records).toBe(656);
  });
});

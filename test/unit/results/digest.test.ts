import { describe, expect, it } from 'vitest';
import { fileTrees } from '../helpers/file-tree.js';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestDir, digestMismatch, listDigestEntries } from '../../../orchestrator/src/results/digest.js';

const folder = fileTrees('digest');

describe('digestDir', () => {
  it('ignores wall-clock files and nothing else', () => {
    const a = folder({ 'pcap/link.pcap': 'x', 'traces/f1.csv': 'y', 'summary.json': '{"wall_s":1}' });
    const b = folder({ 'pcap/link.pcap': 'x', 'traces/f1.csv': 'y', 'summary.json': '{"wall_s":2}' });
    expect(digestDir(a)).toBe(digestDir(b));
    expect(listDigestEntries(a).map((e) => e.path)).toEqual(['pcap/link.pcap', 'traces/f1.csv']);
  });

  it('changes when one byte or one name changes', () => {
    const base = digestDir(folder({ 'a.csv': '1,2\n' }));
    expect(digestDir(folder({ 'a.csv': '1,3\n' }))).not.toBe(base);
    expect(digestDir(folder({ 'b.csv': '1,2\n' }))).not.toBe(base);
  });
});

describe('digestMismatch: what a study checks before it reuses a run (issue 26, finding 3)', () => {
  const files = { 'pcap/link.pcap': 'x', 'traces/f1.csv': 'y', 'traces/f2.csv': 'z', 'summary.json': '{}' };
  const written = Object.keys(files);

  it('passes results that still give their digest', () => {
    const dir = folder(files);
    expect(digestMismatch(dir, digestDir(dir), written)).toBeUndefined();
  });

  it('names the files that are gone', () => {
    const dir = folder(files);
    const digest = digestDir(dir);
    rmSync(join(dir, 'traces'), { recursive: true });
    expect(digestMismatch(dir, digest, written)).toBe('traces/f1.csv, traces/f2.csv are gone, so its digest no longer verifies');
  });

  it('says so when a file was changed or added', () => {
    const dir = folder(files);
    const digest = digestDir(dir);
    writeFileSync(join(dir, 'traces', 'f1.csv'), 'edited');
    expect(digestMismatch(dir, digest, written)).toBe('its files no longer give its digest (one was changed, added or removed)');
  });

  it('ignores the wall-clock files', () => {
    const dir = folder(files);
    const digest = digestDir(dir);
    writeFileSync(join(dir, 'summary.json'), '{"wall_s": 3}');
    expect(digestMismatch(dir, digest, written)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { fileTrees } from '../helpers/file-tree.js';
import { digestDir, listDigestEntries } from '../../../orchestrator/src/results/digest.js';

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

import { describe, expect, it } from 'vitest';
import { fileTrees } from '../helpers/file-tree.js';
import { compareResults, firstDifference } from '../../../orchestrator/src/results/compare-results.js';

const tree = fileTrees('compare');
/** A results folder as a run leaves it: the marker, then the given files. */
const folder = (files: Record<string, string>) => tree({ '.cosim-results': 'cosim', ...files });

describe('firstDifference', () => {
  it.each([
    ['abc', 'abc', -1],
    ['abc', 'abd', 2],
    ['ab', 'abc', 2],
    ['', 'x', 0],
  ])('%j vs %j -> %d', (x, y, off) => {
    expect(firstDifference(Buffer.from(x), Buffer.from(y))).toBe(off);
  });
});

describe('compareResults', () => {
  it('finds identical folders identical despite wall-clock files', () => {
    const r = compareResults(folder({ 'a.pcap': 'xyz', 'summary.json': '1' }), folder({ 'a.pcap': 'xyz', 'summary.json': '2' }));
    expect(r.same).toBe(true);
    expect(r.differences).toEqual([]);
  });

  it('names the first differing file and byte, and one-sided files', () => {
    const a = folder({ 'a.pcap': 'xyz', 'b.csv': '1', 'only-a.txt': '' });
    const b = folder({ 'a.pcap': 'xyZ', 'b.csv': '1', 'only-b.txt': '' });
    const r = compareResults(a, b);
    expect(r.same).toBe(false);
    expect(r.differences).toEqual([
      { path: 'a.pcap', offset: 2, detail: 'differs from byte 2' },
      { path: 'only-a.txt', offset: -1, detail: `only in ${a}` },
      { path: 'only-b.txt', offset: -1, detail: `only in ${b}` },
    ]);
  });

  it('refuses what is not a results folder, naming it and why', () => {
    const good = folder({ 'a.pcap': 'x' });
    expect(() => compareResults(`${good}-gone`, good)).toThrow(`${good}-gone is not a results folder: no such file or folder`);
    expect(() => compareResults(good, `${good}/a.pcap`)).toThrow(`${good}/a.pcap is not a results folder: it is a file`);
    expect(() => compareResults(good, tree({ 'notes.txt': '' }))).toThrow(/is not a results folder: it has no \.cosim-results or digest\.txt$/);
  });
});

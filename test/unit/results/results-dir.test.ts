import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../../orchestrator/src/errors.js';
import { LOCK_FILE } from '../../../orchestrator/src/results/folder-lock.js';
import { lockResultsDir, prepareResultsDir, RESULTS_MARKER } from '../../../orchestrator/src/results/results-dir.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'cosim-outdir-'));

describe('prepareResultsDir', () => {
  it('creates a new folder, parents included, with only the marker', () => {
    const out = join(scratch(), 'a', 'b');
    prepareResultsDir(out, 'new-or-empty');
    expect(readdirSync(out)).toEqual([RESULTS_MARKER]);
  });

  it('never deletes a folder it did not write, even one with .ssh in it', () => {
    const out = scratch();
    mkdirSync(join(out, '.ssh'));
    writeFileSync(join(out, 'MARKER'), 'x');
    for (const rule of ['new-or-empty', 'replace-results'] as const) {
      expect(() => prepareResultsDir(out, rule)).toThrow(/is not a cosim results folder; choose a new folder, empty it, or pass --force/);
    }
    expect(readdirSync(out).sort()).toEqual(['.ssh', 'MARKER']);
  });

  it('replaces a previous result, but not one holding files cosim does not write', () => {
    const out = scratch();
    prepareResultsDir(out, 'new-or-empty');
    mkdirSync(join(out, 'pcap'));
    writeFileSync(join(out, 'pcap', 'old.pcap'), 'x');
    writeFileSync(join(out, 'summary.json'), '{}');
    expect(() => prepareResultsDir(out, 'new-or-empty')).toThrow(/replacing results was not asked for/);
    prepareResultsDir(out, 'replace-results');
    expect(readdirSync(out)).toEqual([RESULTS_MARKER]);
    writeFileSync(join(out, 'my-notes.txt'), 'keep me');
    expect(() => prepareResultsDir(out, 'replace-results')).toThrow(/holds files cosim did not write \(my-notes\.txt\); move them away or pass --force/);
    expect(existsSync(join(out, 'my-notes.txt'))).toBe(true);
  });

  it('replaces anything with force, but never the home, root or current folder', () => {
    const out = scratch();
    writeFileSync(join(out, 'MARKER'), 'x');
    prepareResultsDir(out, 'force');
    expect(readdirSync(out)).toEqual([RESULTS_MARKER]);
    expect(() => prepareResultsDir(homedir(), 'force')).toThrow(/refusing to use it as a results folder: it is your home folder/);
    expect(() => prepareResultsDir('/', 'force')).toThrow(/it is the root folder/);
    expect(() => prepareResultsDir('.', 'force')).toThrow(/it is the current folder or holds it/);
    expect(() => prepareResultsDir('..', 'force')).toThrow(/it is the current folder or holds it/);
  });

  it('refuses a file, and names the real errno where mkdir -p would hang or lie', () => {
    const file = join(scratch(), 'f');
    writeFileSync(file, '');
    expect(() => prepareResultsDir(file, 'force')).toThrow(/exists and is not a folder/);
    // Node's recursive mkdir spins for ever here.
    expect(() => prepareResultsDir('/proc/x/y', 'new-or-empty')).toThrow(OutputError);
    expect(() => prepareResultsDir('/proc/x/y', 'new-or-empty')).toThrow(/cannot write \/proc\/x: the file system does not allow a folder here/);
  });

  it('locks a folder for one writer, creating it, and leaves nothing behind when nothing was written', () => {
    const root = scratch();
    const out = join(root, 'a', 'b');
    const lock = lockResultsDir(out, 'new-or-empty');
    expect(readdirSync(out)).toEqual([LOCK_FILE]);
    expect(() => lockResultsDir(out, 'replace-results')).toThrow(new RegExp(`another cosim is writing it \\(pid ${process.pid} on this machine`));
    lock.release();
    expect(readdirSync(root)).toEqual([]);
    // Under the lock, preparing keeps the lock; releasing then keeps the folder.
    const again = lockResultsDir(out, 'new-or-empty');
    prepareResultsDir(out, 'new-or-empty');
    expect(readdirSync(out).sort()).toEqual([RESULTS_MARKER, LOCK_FILE].sort());
    again.release();
    expect(readdirSync(out)).toEqual([RESULTS_MARKER]);
  });

  it('puts no lock into a folder the run would refuse', () => {
    const out = scratch();
    writeFileSync(join(out, 'thesis.tex'), 'x');
    expect(() => lockResultsDir(out, 'replace-results')).toThrow(/is not a cosim results folder/);
    expect(readdirSync(out)).toEqual(['thesis.tex']);
  });
});

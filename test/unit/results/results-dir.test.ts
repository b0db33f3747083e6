import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../../orchestrator/src/errors.js';
import { LOCK_FILE } from '../../../orchestrator/src/results/folder-lock.js';
import { lockResultsDir, prepareResultsDir, RESULTS_MARKER } from '../../../orchestrator/src/results/results-dir.js';
import { readResultsRecord, recordResultsFiles } from '../../../orchestrator/src/results/results-marker.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'cosim-outdir-'));

describe('prepareResultsDir', () => {
  it('creates a new folder, parents included, with only the marker', () => {
    const out = join(scratch(), 'a', 'b');
    prepareResultsDir(out, 'new-or-empty');
    expect(readdirSync(out)).toEqual([RESULTS_MARKER]);
  });

  it('never deletes a folder it did not write, even one with .ssh in it, not even with force', () => {
    const out = scratch();
    mkdirSync(join(out, '.ssh'));
    writeFileSync(join(out, 'MARKER'), 'x');
    for (const rule of ['new-or-empty', 'replace-results', 'force'] as const) {
      expect(() => prepareResultsDir(out, rule)).toThrow(/is not a cosim results folder; choose a new folder or empty it \(cosim replaces only its own results, even with --force\)$/);
    }
    expect(readdirSync(out).sort()).toEqual(['.ssh', 'MARKER']);
  });

  it('replaces a previous result of the same scenario, and another\'s only with force', () => {
    const out = scratch();
    prepareResultsDir(out, 'new-or-empty', '/s/a.yaml');
    mkdirSync(join(out, 'pcap'));
    writeFileSync(join(out, 'pcap', 'old.pcap'), 'x');
    writeFileSync(join(out, 'summary.json'), '{}');
    expect(() => prepareResultsDir(out, 'new-or-empty', '/s/a.yaml')).toThrow(/replacing results was not asked for/);
    expect(() => prepareResultsDir(out, 'replace-results', '/s/b.yaml')).toThrow(/it holds the results of another scenario, \/s\/a\.yaml; choose another --out, or pass --force to replace them$/);
    expect(existsSync(join(out, 'pcap', 'old.pcap'))).toBe(true);
    prepareResultsDir(out, 'replace-results', '/s/a.yaml');
    expect(readdirSync(out)).toEqual([RESULTS_MARKER]);
    prepareResultsDir(out, 'force', '/s/b.yaml');
    expect(readResultsRecord(out)).toEqual({ owner: '/s/b.yaml' });
  });

  it('never deletes a file cosim did not write, at any depth, not even with force', () => {
    const out = scratch();
    prepareResultsDir(out, 'new-or-empty', '/s/a.yaml');
    for (const d of ['traces', 'plots', 'console']) mkdirSync(join(out, d));
    writeFileSync(join(out, 'traces', 'flow.csv'), 'x');
    writeFileSync(join(out, 'plots', 'cwnd.svg'), 'x');
    recordResultsFiles(out);
    expect(readResultsRecord(out).files).toEqual(['plots/cwnd.svg', 'traces/flow.csv']);
    // A file of cosim's shape that cosim did not write is the user's too.
    writeFileSync(join(out, 'traces', 'mine.csv'), 'keep me');
    writeFileSync(join(out, 'plots', 'figure-3.pdf'), 'keep me');
    mkdirSync(join(out, 'console', 'notes'));
    writeFileSync(join(out, 'console', 'notes', 'a.txt'), 'keep me');
    writeFileSync(join(out, 'my-notes.txt'), 'keep me');
    for (const rule of ['replace-results', 'force'] as const) {
      expect(() => prepareResultsDir(out, rule, '/s/a.yaml')).toThrow(
        /it holds files cosim did not write \(console\/notes\/, my-notes\.txt, plots\/figure-3\.pdf, traces\/mine\.csv\); move them away: cosim never deletes them, not even with --force$/,
      );
    }
    expect(readFileSync(join(out, 'traces', 'mine.csv'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(out, 'console', 'notes', 'a.txt'), 'utf8')).toBe('keep me');
  });

  it('knows cosim\'s files by their shape in a run killed before its results were written', () => {
    const out = scratch();
    prepareResultsDir(out, 'new-or-empty', '/s/a.yaml');
    mkdirSync(join(out, 'pcap'));
    writeFileSync(join(out, 'pcap', 'wan.pcap'), 'x');
    writeFileSync(join(out, 'pcap', 'wan.txt'), 'x');
    expect(() => prepareResultsDir(out, 'replace-results', '/s/a.yaml')).toThrow(/cosim did not write \(pcap\/wan\.txt\)/);
    rmSync(join(out, 'pcap', 'wan.txt'));
    prepareResultsDir(out, 'replace-results', '/s/a.yaml');
    expect(readdirSync(out)).toEqual([RESULTS_MARKER]);
  });

  it('never replaces the home, root or current folder', () => {
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

  it('clears a file left by a lock taker killed at the wrong moment, and never counts it as the user\'s', () => {
    const out = scratch();
    writeFileSync(join(out, `${LOCK_FILE}.4242.k3j`), '{}');
    prepareResultsDir(out, 'new-or-empty', '/s/a.yaml');
    expect(readdirSync(out)).toEqual([RESULTS_MARKER]);
    writeFileSync(join(out, `${LOCK_FILE}.break`), '4242');
    prepareResultsDir(out, 'replace-results', '/s/a.yaml');
    expect(readdirSync(out)).toEqual([RESULTS_MARKER]);
  });
});

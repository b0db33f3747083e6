import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StopController } from '../../../orchestrator/src/run/stop-controller.js';

describe('StopController', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks to stop on the first Ctrl-C and kills every child on the second', async () => {
    const lines: string[] = [];
    const stop = new StopController((l) => lines.push(l));
    const child = spawn('sleep', ['60'], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)));
    stop.track(child);
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    stop.install({ signals: true });
    try {
      process.emit('SIGINT', 'SIGINT');
      expect(stop.reason).toBe('interrupted by SIGINT');
      expect(exit).not.toHaveBeenCalled();
      expect(child.exitCode).toBeNull();
      process.emit('SIGINT', 'SIGINT');
      expect(await exited).toBe('SIGKILL');
      expect(exit).toHaveBeenCalledWith(130);
      expect(lines).toEqual([
        'SIGINT: stopping at the next sync point and keeping partial results (again to kill at once)',
        'SIGINT again: killing every VM now',
      ]);
    } finally {
      stop.uninstall();
      child.kill('SIGKILL');
    }
  });

  it('exits 143 on a second SIGTERM, and flushes what it was asked to first', () => {
    const stop = new StopController(() => undefined);
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const flushed: string[] = [];
    stop.atForcedExit(() => flushed.push('pcap'));
    stop.install({ signals: true });
    try {
      process.emit('SIGTERM', 'SIGTERM');
      expect(stop.signal).toBe('SIGTERM');
      expect(flushed).toEqual([]);
      process.emit('SIGTERM', 'SIGTERM');
      expect(exit).toHaveBeenCalledWith(143);
      expect(flushed).toEqual(['pcap']);
    } finally {
      stop.uninstall();
    }
  });

  it('leaves SIGINT alone unless asked to handle signals', () => {
    const before = process.listenerCount('SIGINT');
    const stop = new StopController(() => undefined);
    stop.install({ signals: false });
    expect(process.listenerCount('SIGINT')).toBe(before);
    stop.uninstall();
  });

  it('keeps the first reason given', () => {
    const stop = new StopController(() => undefined);
    stop.request('guest a panicked');
    stop.request('interrupted by SIGINT');
    expect(stop.reason).toBe('guest a panicked');
  });

  it('counts a guest killed by the same SIGTERM an instant before as stopped, not failed (Slurm\'s cancel)', () => {
    const lines: string[] = [];
    const stop = new StopController((l) => lines.push(l));
    stop.install({ signals: true });
    try {
      stop.request('receiver: QEMU was killed by SIGTERM (not by this run)');
      expect(stop.interrupted).toBe(false);
      process.emit('SIGTERM', 'SIGTERM');
      expect(stop.interrupted).toBe(true);
      expect(stop.signal).toBe('SIGTERM');
      expect(stop.reason).toBe('interrupted by SIGTERM');
      expect(lines).toEqual(['SIGTERM: stopping (a guest got it too) and keeping partial results (again to kill at once)']);
    } finally {
      stop.uninstall();
    }
  });
});

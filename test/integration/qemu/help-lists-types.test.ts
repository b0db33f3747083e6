import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { requireQemu } from '../helpers/guest.js';

describe('patched QEMU', () => {
  const qemu = requireQemu();
  const help = (what: string) => execFileSync(qemu, [what, 'help'], { encoding: 'utf8' });

  it('lists the cosim object, netdev and chardev', () => {
    expect(help('-object')).toMatch(/^\s*cosim-sync$/m);
    expect(help('-netdev')).toMatch(/^cosim$/m);
    expect(help('-chardev')).toMatch(/^\s*cosim$/m);
  });

  it('refuses to start without icount sleep=off', () => {
    let stderr = '';
    try {
      execFileSync(qemu, ['-nodefaults', '-object', 'cosim-sync,id=s,path=/nonexistent'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      stderr = String((err as { stderr?: string }).stderr);
    }
    expect(stderr).toContain('cosim-sync requires -icount shift=N,sleep=off');
  });
});

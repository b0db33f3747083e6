// Why a QEMU ended, as a run reports it (issue 26, finding 17): a guest that
// rebooted or powered off used to read "QEMU exited with status 0 and said
// nothing"; its kernel's last words say which.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeExit } from '../../../orchestrator/src/qemu/qemu-vm.js';

const consoleWith = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'cosim-exit-')), 'a.log');
  writeFileSync(path, text);
  return path;
};

describe('describeExit', () => {
  it.each([
    ['reboot: Restarting system', 'rebooted'],
    ['reboot: Power down', 'powered off'],
    ['reboot: System halted', 'halted'],
  ])('names a guest that ended itself: %s', (line, what) => {
    const path = consoleWith(`cosim-init: ready 6.1.0\n[    3.100000] ${line}\n`);
    expect(describeExit([], path, { code: 0, signal: null })).toBe(`the guest ${what} itself (its kernel said "${line}"): a program in it (an action's reboot, poweroff or halt?) ended the VM`);
  });

  it('still says so when there is nothing to go on', () => {
    expect(describeExit([], consoleWith('cosim-init: ready 6.1.0\n'), { code: 0, signal: null })).toBe('QEMU exited with status 0 and said nothing');
  });
});

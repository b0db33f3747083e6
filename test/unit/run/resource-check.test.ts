import { describe, expect, it } from 'vitest';
import { checkGuestMemory, QEMU_OVERHEAD_MIB } from '../../../orchestrator/src/run/resource-check.js';
import type { ResolvedScenario } from '../../../orchestrator/src/scenario/types.js';

const hosts = (n: number, memoryMiB = 256) => ({ hosts: Array.from({ length: n }, () => ({ memoryMiB })) }) as unknown as ResolvedScenario;

describe('checkGuestMemory', () => {
  it('lets two guests run on a 23 GiB machine', () => {
    const r = checkGuestMemory(hosts(2), 23 * 2 ** 30);
    expect(r.fits).toBe(true);
    expect(r.neededMiB).toBe(2 * (256 + QEMU_OVERHEAD_MIB));
  });

  it('refuses 200 guests there, with the figures', () => {
    const r = checkGuestMemory(hosts(200), 23 * 2 ** 30);
    expect(r.fits).toBe(false);
    expect(r.message).toBe('the 200 guests need about 75.0 GiB of memory (50.0 GiB of guest RAM plus 128 MiB of QEMU each), more than the 23.0 GiB this machine has');
  });
});

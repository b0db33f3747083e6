import { defineConfig } from 'vitest/config';

// Four suites: fast pure-logic unit tests, integration tests that boot real
// guests under the patched QEMU, the fault campaign at CI size, and the
// reproducibility test (same scenario twice, once beside a CPU hog). Guests
// boot slowly under TCG, so the VM suites run one file at a time with
// generous timeouts.
export default defineConfig({
  test: {
    // Guests are CPU-bound TCG processes on a 2-core machine: never boot two test files at once.
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          // One fault of each main kind at CI size; the full campaign is `npm run faults`.
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'repro',
          include: ['test/repro/**/*.test.ts'],
          testTimeout: 1_800_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});

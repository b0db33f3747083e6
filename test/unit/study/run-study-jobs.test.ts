// How many runs a local study runs at once, and its ETA (issue 26, finding
// 19): `--jobs 1000` was not capped by memory, and the ETA, divided by
// --jobs alone, read "1 s" through a 74 s study.

import { describe, expect, it } from 'vitest';
import { loadStudyText } from '../../../orchestrator/src/study/load-study.js';
import { defaultJobs, memoryJobs, studyEtaSeconds } from '../../../orchestrator/src/study/run-study.js';
import { kernels } from '../helpers/kernels.js';

const study = loadStudyText(
  `name: s
repetitions: 4
scenario:
  name: t
  duration: 2s
  hosts:
    - {name: a, kernel: "6.1", memory: 1GiB, ip: 10.0.0.1/24}
    - {name: b, kernel: "6.1", memory: 1GiB, ip: 10.0.0.2/24}
  links:
    - {name: l, between: [a, b], rate: 10Mbit}
`,
  's.yaml',
  kernels('6.1'),
);

describe('runs at once', () => {
  it('fits the runs in memory', () => {
    const perRun = 2 * 1024 + 2 * 128;
    expect(memoryJobs(study, 24 * 2 ** 30)).toBeLessThanOrEqual(Math.floor((24 * 1024) / (2 * 1024)));
    expect(memoryJobs(study, 24 * 2 ** 30)).toBeGreaterThanOrEqual(Math.floor((24 * 1024) / perRun));
    expect(memoryJobs(study, 2 ** 30)).toBe(1);
    expect(defaultJobs(study, 24 * 2 ** 30, 2)).toBe(2);
  });
});

describe('studyEtaSeconds', () => {
  it('never divides by more jobs than there are runs left', () => {
    // 4 runs of 18 s left with --jobs 1000: they run at once, 18 s, not 0.07 s.
    expect(studyEtaSeconds(4, 18_000, 1000)).toBe(18);
    expect(studyEtaSeconds(4, 18_000, 2)).toBe(36);
    expect(studyEtaSeconds(5, 18_000, 2)).toBe(54);
    expect(studyEtaSeconds(1, 500, 1)).toBe(1);
  });
});

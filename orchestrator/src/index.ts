// Public API: re-exports only. docs/library.md shows a kernel developer's
// vitest test built on it.
export { ScenarioError, ProtocolError, GuestError, SetupError, OutputError, formatIssuePath } from './errors.js';
export type { ScenarioIssue, ScenarioIssueCode } from './errors.js';

export { loadScenario, loadScenarioText, type LoadOptions } from './scenario/load-scenario.js';
export type { Override } from './scenario/overrides.js';
export type { ResolvedScenario, ResolvedHost, ResolvedLink, ResolvedFlow, ResolvedAction } from './scenario/types.js';
export { knownKernels } from './images/kernel-catalog.js';

export { runScenario, type RunOptions, type RunResult } from './run/run-scenario.js';
export type { RunOutcome, FlowOutcome, QueueOutcome } from './results/write-results.js';
export type { FlowSample } from './results/flow-trace.js';
export type { ExistingDirRule } from './results/results-dir.js';
export { FolderLockedError, type LockHolder } from './results/folder-lock.js';

export { compareResults, type ResultsComparison, type ResultsDifference, NotResultsError } from './results/compare-results.js';

export { loadStudy, loadStudyText, type Study, type StudyRun, type StudyFile } from './study/load-study.js';
export { runStudy, type StudyOptions, type StudyResult } from './study/run-study.js';
export { runStudyOnSlurm, type SlurmStudyOptions } from './study/slurm-runner.js';
export type { RunMetrics } from './study/run-metrics.js';

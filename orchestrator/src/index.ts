// Public API: re-exports only.
export { ScenarioError, ProtocolError, GuestError, SetupError, OutputError, formatIssuePath } from './errors.js';
export type { ScenarioIssue, ScenarioIssueCode } from './errors.js';

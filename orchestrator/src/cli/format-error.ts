import { formatIssuePath, ScenarioError, SetupError } from '../errors.js';

/** At most this many scenario issues are printed; a file of garbage has hundreds. */
export const MAX_PRINTED_ISSUES = 20;

export interface FormatOptions {
  /** Show the stack of an unexpected error (`--debug`). */
  debug?: boolean;
}

/**
 * How an error reads on the terminal: scenario issues one per line with where
 * they are (the first 20), setup problems with the command that fixes them,
 * anything unexpected as a one-line bug report (its stack with --debug).
 */
export function formatError(err: unknown, options: FormatOptions = {}): string {
  if (err instanceof ScenarioError) {
    const n = err.issues.length;
    const lines = [`${err.file}: ${n} problem${n === 1 ? '' : 's'}`];
    for (const issue of err.issues.slice(0, MAX_PRINTED_ISSUES)) {
      lines.push(`✖ ${issue.message}`);
      lines.push(`  → at ${formatIssuePath(issue.path)} in ${err.file}${issue.line !== undefined ? `:${issue.line}` : ''}`);
    }
    if (n > MAX_PRINTED_ISSUES) lines.push(`… and ${n - MAX_PRINTED_ISSUES} more (fix these first)`);
    return lines.join('\n');
  }
  if (err instanceof SetupError) return `${err.message}\n  → ${err.hint}`;
  if (err instanceof Error) {
    if (err.name === 'CliFailure' || err.name === 'GuestError' || err.name === 'ProtocolError' || err.name === 'OutputError' || err.name === 'NotResultsError' || err.name === 'ValidationError') return err.message;
    const what = options.debug ? (err.stack ?? err.message) : `${err.name}: ${err.message} (run with --debug for the stack)`;
    return `Unexpected error (a bug; please report it): ${what}`;
  }
  return `Unexpected error: ${String(err)}`;
}

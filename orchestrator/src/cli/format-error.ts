import { formatIssuePath, ScenarioError, SetupError } from '../errors.js';

/**
 * How an error reads on the terminal: scenario issues one per line with where
 * they are, setup problems with the command that fixes them, anything
 * unexpected with its stack (it is a bug worth reporting).
 */
export function formatError(err: unknown): string {
  if (err instanceof ScenarioError) {
    const lines = [`${err.file}: ${err.issues.length} problem${err.issues.length === 1 ? '' : 's'}`];
    for (const issue of err.issues) {
      lines.push(`✖ ${issue.message}`);
      lines.push(`  → at ${formatIssuePath(issue.path)} in ${err.file}${issue.line !== undefined ? `:${issue.line}` : ''}`);
    }
    return lines.join('\n');
  }
  if (err instanceof SetupError) return `${err.message}\n  → ${err.hint}`;
  if (err instanceof Error) {
    if (err.name === 'CliFailure' || err.name === 'GuestError' || err.name === 'ProtocolError' || err.name === 'OutputError') return err.message;
    return `Unexpected error (a bug; please report it): ${err.stack ?? err.message}`;
  }
  return `Unexpected error: ${String(err)}`;
}

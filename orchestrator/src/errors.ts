// The few typed errors a caller may want to tell apart. Each opens its message
// with a fixed phrase and carries structured fields, so callers never parse text.

/** One problem found in a scenario, with where it is (keys and indices). */
export interface ScenarioIssue {
  code: ScenarioIssueCode;
  path: (string | number)[];
  message: string;
  /** 1-based line in the scenario file, when known. */
  line?: number;
}

export type ScenarioIssueCode =
  | 'invalid_yaml'
  | 'invalid_type'
  | 'invalid_value'
  | 'unrecognized_key'
  | 'missing_key'
  | 'unknown_reference'
  | 'unknown_kernel'
  | 'duplicate_name';

/** Turn `['links', 2, 'delay']` into `links[2].delay`. */
export function formatIssuePath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out === '' ? '(top level)' : out;
}

export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  readonly file: string;
  readonly issues: ScenarioIssue[];

  /** `what` is the kind of file: a scenario, or a study of scenarios. */
  constructor(file: string, issues: ScenarioIssue[], options?: { cause?: unknown; what?: 'scenario' | 'study' }) {
    const first = issues[0];
    const summary = first ? `${first.message} (at ${formatIssuePath(first.path)})` : 'no issues';
    const more = issues.length > 1 ? ` and ${issues.length - 1} more` : '';
    super(`Invalid ${options?.what ?? 'scenario'} ${file}: ${summary}${more}`, options);
    this.file = file;
    this.issues = issues;
  }
}

/** The peer on the other side of a byte stream (QEMU or the relay agent) broke the protocol. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';

  constructor(
    readonly vm: string,
    readonly kind: string,
    readonly offset: number,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`Protocol error from ${vm} in ${kind} at byte ${offset}: ${detail}`, options);
  }
}

/** A guest misbehaved: it panicked, stopped answering, or a relay request failed inside it. */
export class GuestError extends Error {
  override readonly name = 'GuestError';
  /** errno name (ECONNREFUSED, ...) when the guest reported one. */
  readonly errno: string | undefined;

  constructor(
    readonly vm: string,
    readonly request: string,
    detail: string,
    options?: { cause?: unknown; errno?: string },
  ) {
    super(`Guest ${vm} failed ${request}: ${detail}`, options);
    this.errno = options?.errno;
  }
}

/** Something the run needs on this machine (QEMU build, image, disk space) is missing or broken. */
export class SetupError extends Error {
  override readonly name = 'SetupError';
  readonly hint: string;

  constructor(detail: string, hint: string, options?: { cause?: unknown }) {
    super(`Setup problem: ${detail}`, options);
    this.hint = hint;
  }
}

const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: 'the disk is full (ENOSPC)',
  EDQUOT: 'the disk quota is used up (EDQUOT)',
  EACCES: 'permission denied (EACCES)',
  EROFS: 'the file system is read-only (EROFS)',
  EIO: 'an I/O error (EIO)',
  ENOTDIR: 'a part of the path is a file, not a folder (ENOTDIR)',
  EPERM: 'the file system does not allow it (EPERM)',
  EISDIR: 'it is a folder (EISDIR)',
};

/** Writing a results file failed (full disk, permissions). What was written before is kept. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  readonly path: string;
  /** The errno code (ENOSPC, ...), when the system gave one. */
  readonly code: string | undefined;

  /** `context` says what the failure means for the run: what led to it (`before`), what is kept (`after`). */
  constructor(path: string, cause: unknown, context: { before?: string; after?: string } = {}) {
    const code = (cause as { code?: unknown } | undefined)?.code;
    const why = typeof code === 'string' ? (WRITE_FAILURES[code] ?? `${code}`) : cause instanceof Error ? cause.message : String(cause);
    super(`${context.before ? `${context.before}: ` : ''}cannot write ${path}: ${why}${context.after ? `; ${context.after}` : ''}`, { cause });
    this.path = path;
    this.code = typeof code === 'string' ? code : undefined;
  }
}

// The compiler's checks of one value each (a mapping with known keys, a list,
// a name, a number in range, a unit string), each adding an issue with its
// path instead of throwing, so every problem of a file is reported at once.

import type { IssueList, Path } from './issues.js';
import type { OutputClaims } from './output-files.js';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class Checker {
  constructor(readonly issues: IssueList) {}

  obj(v: unknown, path: Path, keys: readonly string[], required: readonly string[] = []): Obj | undefined {
    if (!isObj(v)) {
      this.issues.add('invalid_type', path, `${label(path)} must be a mapping`);
      return undefined;
    }
    for (const k of Object.keys(v)) {
      if (!keys.includes(k)) this.issues.add('unrecognized_key', [...path, k], `unknown field "${k}" (expected one of: ${keys.join(', ')})`);
    }
    for (const k of required) {
      if (v[k] === undefined) this.issues.add('missing_key', [...path, k], `${k} is required`);
    }
    return v;
  }

  list(v: unknown, path: Path): unknown[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.issues.add('invalid_type', path, `${label(path)} must be a list`);
      return [];
    }
    return v;
  }

  name(v: unknown, path: Path): string | undefined {
    if (typeof v !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]{0,31}$/.test(v)) {
      this.issues.add('invalid_value', path, `${label(path)} must be a name of letters, digits, - and _ (at most 32, starting with a letter)`);
      return undefined;
    }
    return v;
  }

  int(v: unknown, path: Path, min: number, max: number, fallback: number): number {
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.issues.add('invalid_value', path, `${label(path)} must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return v;
  }

  bool(v: unknown, path: Path, fallback: boolean): boolean {
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    this.issues.add('invalid_type', path, `${label(path)} must be true or false`);
    return fallback;
  }

  prob(v: unknown, path: Path): number {
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
      this.issues.add('invalid_value', path, `${label(path)} must be a probability from 0 to 1`);
      return 0;
    }
    return v;
  }

  unit<T>(r: { ok: true; value: T } | { ok: false; message: string }, path: Path, fallback: T): T {
    if (r.ok) return r.value;
    this.issues.add('invalid_value', path, r.message);
    return fallback;
  }
}

function label(path: Path): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return typeof last === 'string' ? last : 'value';
}

/** Claims results files for scenario items, reporting a clash at the later item's path. */
export type ClaimOutput = (file: string, owner: string, path: Path) => void;

export function outputClaimer(issues: IssueList, outputs: OutputClaims): ClaimOutput {
  return (file, owner, path) => {
    const earlier = outputs.claim(file, owner);
    if (earlier !== undefined) issues.add('duplicate_name', path, `${owner} would write ${file}, which ${earlier} already writes; rename one of them`);
  };
}

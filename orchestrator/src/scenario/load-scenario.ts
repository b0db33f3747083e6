// Read a scenario file: YAML with line numbers kept, then compile. Every
// issue is collected and reported at once as one ScenarioError.

import { basename } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { ScenarioError, type ScenarioIssue } from '../errors.js';
import { compileScenario, TOP_KEYS } from './compile.js';
import { readInputFile } from './input-file.js';
import { IssueList } from './issues.js';
import { applyOverride, type Override } from './overrides.js';
import type { KernelChoice, ResolvedScenario } from './types.js';

export interface LoadOptions {
  /** Values set by path over the file's (`cosim run --set`, a study's axes), in order. */
  overrides?: readonly Override[];
}

export function loadScenarioText(text: string, file: string, kernels: readonly KernelChoice[], options: LoadOptions = {}): ResolvedScenario {
  const { value: raw, doc, lines } = readYamlValue(text, file);
  return compileWithOverrides(raw, file, kernels, options, new IssueList(doc, lines));
}

/**
 * A scenario already parsed into plain values (a study's inline scenario, or
 * one file's YAML read once for many variants). `file` names it in errors and
 * anchors relative kernel paths.
 */
export function loadScenarioValue(raw: unknown, file: string, kernels: readonly KernelChoice[], options: LoadOptions = {}): ResolvedScenario {
  return compileWithOverrides(raw, file, kernels, options, new IssueList());
}

function compileWithOverrides(raw: unknown, file: string, kernels: readonly KernelChoice[], options: LoadOptions, issues: IssueList): ResolvedScenario {
  refuseForeignMapping(raw, file);
  // Every override that cannot be set is reported, not only the first (a study with 3 bad axes named 1).
  const unset: ScenarioIssue[] = [];
  for (const o of options.overrides ?? []) {
    try {
      raw = applyOverride(raw, o);
    } catch (err) {
      unset.push({ code: 'unknown_reference', path: o.path.split('.'), message: `cannot set ${o.path}: ${(err as Error).message}` });
    }
  }
  if (unset.length > 0) throw new ScenarioError(file, unset);
  const scenario = compileScenario(raw, issues, { file, kernels });
  if (issues.issues.length > 0) throw new ScenarioError(file, issues.issues);
  return scenario;
}

/**
 * A mapping none of whose keys a scenario has is some other file (`scenario:
 * /etc/shadow` parses as a mapping of its lines): one issue that quotes none
 * of it, rather than one "unknown field" per line, each line in full.
 */
function refuseForeignMapping(raw: unknown, file: string): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
  const keys = Object.keys(raw);
  if (keys.length === 0 || keys.some((k) => TOP_KEYS.includes(k))) return;
  throw new ScenarioError(file, [{ code: 'invalid_value', path: [], message: `this is not a scenario: none of its ${keys.length} top-level keys is one a scenario has (${TOP_KEYS.slice(0, 3).join(', ')}, ...); is it the right file?` }]);
}

/** A YAML file's plain value, or a ScenarioError naming what is wrong with it. */
export function readYamlValue(text: string, file: string): { value: unknown; doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ScenarioError(
      file,
      doc.errors.map((e) => ({ code: 'invalid_yaml' as const, path: [], message: `not valid YAML: ${e.message.split('\n')[0]}`, line: e.linePos?.[0].line ?? 0 })),
    );
  }
  try {
    return { value: doc.toJS(), doc, lines };
  } catch (err) {
    // yaml refuses aliases that expand without bound (a "billion laughs" file).
    throw new ScenarioError(file, [{ code: 'invalid_yaml', path: [], message: `not usable YAML: ${(err as Error).message}` }], { cause: err });
  }
}

export function loadScenario(path: string, kernels: readonly KernelChoice[], options: LoadOptions = {}): ResolvedScenario {
  let text: string;
  try {
    text = readInputFile(path);
  } catch (err) {
    throw new ScenarioError(basename(path), [{ code: 'invalid_yaml', path: [], message: `cannot read ${path}: ${(err as Error).message}` }], { cause: err });
  }
  return loadScenarioText(text, path, kernels, options);
}

// Collects every problem of a scenario before anything throws, each with its
// path and, when the YAML node is known, its line.

import { type Document, isMap, isScalar, LineCounter, type Node } from 'yaml';
import type { ScenarioIssue, ScenarioIssueCode } from '../errors.js';

export type Path = (string | number)[];

export class IssueList {
  readonly issues: ScenarioIssue[] = [];
  readonly #doc: Document | undefined;
  readonly #lines: LineCounter | undefined;

  constructor(doc?: Document, lines?: LineCounter) {
    this.#doc = doc;
    this.#lines = lines;
  }

  add(code: ScenarioIssueCode, path: Path, message: string): void {
    const line = this.lineOf(path);
    this.issues.push(line === undefined ? { code, path, message } : { code, path, message, line });
  }

  /** Line of the value at `path`, or of the key itself for an unknown key. */
  lineOf(path: Path): number | undefined {
    if (!this.#doc || !this.#lines) return undefined;
    let node: unknown = this.#doc.getIn(path, true);
    if (node === undefined && path.length > 0) {
      const parent = this.#doc.getIn(path.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
        node = pair?.key;
      }
    }
    const range = (node as Node | undefined)?.range;
    return range ? this.#lines.linePos(range[0]).line : undefined;
  }
}

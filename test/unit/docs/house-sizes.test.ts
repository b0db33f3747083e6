// The house stays one a newcomer can read: no TypeScript source over 400
// lines, no function over 100, runScenario a short list of steps, and no C
// file of the relay agent over 800 lines. Measured
// with the TypeScript compiler's own parser, so a function is exactly what
// the language says it is.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = 'orchestrator/src';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every function-like node of `file` with its name and length in lines. */
function functions(file: string): { name: string; lines: number }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { name: string; lines: number }[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const first = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const last = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      const name = n.name && ts.isIdentifier(n.name) ? n.name.text : '(anonymous)';
      found.push({ name: `${file}:${first + 1} ${name}`, lines: last - first + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('house sizes', () => {
  const files = sources(SRC).filter((f) => !f.includes('/generated/'));

  it('has no TypeScript source over 400 lines', () => {
    const long = files.map((f) => ({ f, lines: readFileSync(f, 'utf8').split('\n').length })).filter((x) => x.lines > 400);
    expect(long).toEqual([]);
  });

  it('has no function over 100 lines', () => {
    expect(files.flatMap(functions).filter((fn) => fn.lines > 100)).toEqual([]);
  });

  it('keeps runScenario at 80 lines or fewer', () => {
    const run = functions(join(SRC, 'run/run-scenario.ts')).find((fn) => fn.name.endsWith(' runScenario'));
    expect(run?.lines).toBeLessThanOrEqual(80);
  });

  it('has no C file in relay-agent over 800 lines', () => {
    const c = readdirSync('relay-agent').filter((f) => f.endsWith('.c') || f.endsWith('.h'));
    expect(c.length).toBeGreaterThan(3);
    expect(c.map((f) => ({ f, lines: readFileSync(join('relay-agent', f), 'utf8').split('\n').length })).filter((x) => x.lines > 800)).toEqual([]);
  });
});

// The layer rule of eslint.config.js (FLOORS) is what keeps imports pointing
// down: a planted upward or sideways import must fail lint, a downward one pass.

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layers', () => {
  it('refuses an upward import, naming both folders', async () => {
    const found = await problems('orchestrator/src/qemu/plant.ts', "import type { Engine } from '../run/engine.js';\nexport type X = Engine;\n");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^'\.\.\/run\/engine\.js' import is restricted.*qemu\/ is on floor \d and run is not below it/);
  });

  it('refuses a sideways import from a nested folder', async () => {
    const found = await problems('orchestrator/src/scenario/sections/plant.ts', "import { Link } from '../../net/link.js';\nexport const y = Link;\n");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/scenario\/ is on floor \d and net is not below it/);
  });

  it('lets a folder import from below and from itself', async () => {
    expect(await problems('orchestrator/src/run/plant.ts', "import { Calendar } from '../sim/calendar.js';\nimport { Engine } from './engine.js';\nexport const z = [Calendar, Engine];\n")).toEqual([]);
  });
});

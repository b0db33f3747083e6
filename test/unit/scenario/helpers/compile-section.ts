// For the scenario section tests: a scenario's text compiled as `cosim run`
// compiles it, and what it is refused with, one "path: message" a line as
// the CLI prints them. Each test writes the text around its own section.

import { ScenarioError } from '../../../../orchestrator/src/errors.js';
import { loadScenarioText } from '../../../../orchestrator/src/scenario/load-scenario.js';
import type { ResolvedScenario } from '../../../../orchestrator/src/scenario/types.js';
import { kernels } from '../../helpers/kernels.js';

/** The resolved scenario, against the pinned kernels `versions`; throws the ScenarioError when `text` is refused. */
export function compileSection(text: string, versions: readonly string[] = ['6.1']): ResolvedScenario {
  return loadScenarioText(text, 'section.yaml', kernels(...versions));
}

/** Each issue `text` is refused with, as "path: message"; none when it compiles. */
export function sectionIssues(text: string, versions: readonly string[] = ['6.1']): string[] {
  try {
    compileSection(text, versions);
  } catch (err) {
    if (!(err instanceof ScenarioError)) throw err;
    return err.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }
  return [];
}

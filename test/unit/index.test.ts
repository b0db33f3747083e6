import { describe, expect, it } from 'vitest';
import * as api from '../../orchestrator/src/index.js';

// Pins the public surface: adding or removing an export is a deliberate change.
describe('public exports', () => {
  it('lists exactly the public names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "FolderLockedError",
        "GuestError",
        "NotResultsError",
        "OutputError",
        "ProtocolError",
        "ScenarioError",
        "SetupError",
        "compareResults",
        "formatIssuePath",
        "knownKernels",
        "loadScenario",
        "loadScenarioText",
        "loadStudy",
        "loadStudyText",
        "runScenario",
        "runStudy",
        "runStudyOnSlurm",
      ]
    `);
  });
});

import { statfsSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { checkBuild, repoRoot } from '../../setup/build-check.js';
import { CliFailure } from '../cli-failure.js';

interface DoctorArgs {
  json: boolean;
}

interface Check {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string;
}

const MIN_FREE_BYTES = 2 * 1024 ** 3;

function runChecks(): Check[] {
  const checks: Check[] = [];
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  checks.push({
    name: 'node',
    ok: major > 20 || (major === 20 && minor >= 19),
    detail: `Node.js ${process.versions.node} (need >= 20.19)`,
  });
  for (const [name, script, args] of [
    ['qemu', 'qemu-patches/build.sh', []],
    ['relay-agent', 'relay-agent/build.sh', []],
    ['image 6.1', 'images/build.sh', ['6.1']],
  ] as const) {
    const r = checkBuild(script, args);
    checks.push(
      r.ok
        ? { name, ok: true, detail: r.path }
        : { name, ok: false, detail: r.reason, fix: `run scripts/setup.sh (or ${[script, ...args].join(' ')})` },
    );
  }
  const fs = statfsSync(repoRoot());
  const free = fs.bavail * fs.bsize;
  checks.push({
    name: 'disk',
    ok: free >= MIN_FREE_BYTES,
    detail: `${(free / 1024 ** 3).toFixed(1)} GiB free where results are written (need 2 GiB)`,
  });
  return checks;
}

export const doctorCommand: CommandModule<object, DoctorArgs> = {
  command: 'doctor',
  describe: 'Check that the patched QEMU, the relay agent and the default image are built',
  builder: (y) =>
    y
      .option('json', { type: 'boolean', default: false, describe: 'print one JSON object; its "ok" is true only when a scenario can run' })
      .example('$0 doctor', 'list what is missing and how to get it'),
  handler: (args) => {
    const checks = runChecks();
    const ok = checks.every((c) => c.ok);
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ ok, checks }, null, 2)}\n`);
    } else {
      for (const c of checks) {
        process.stdout.write(`${c.ok ? '✔' : '✖'} ${c.name}: ${c.detail}\n`);
        if (!c.ok && c.fix) process.stdout.write(`  → ${c.fix}\n`);
      }
    }
    if (!ok) throw new CliFailure(args.json ? '' : 'not ready: see the ✖ lines above', 1);
  },
};

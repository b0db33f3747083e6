// A real single-node Slurm cluster on localhost for tests, from Debian's
// packages (scripts/setup.sh --tests): munged with its own key, slurmctld and
// slurmd with a generated slurm.conf, everything (state, spool, logs, sockets)
// in one temporary folder, on free ports, no accounting. At most two tasks run
// at once (guests are CPU-hungry). Clients reach it through SLURM_CONF, which
// `env` carries.

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { tempDir } from '../helpers/guest.js';

export interface SlurmCluster {
  dir: string;
  /** The environment clients (sbatch, squeue, cosim study --on slurm) need. */
  env: NodeJS.ProcessEnv;
  squeue(): string;
  stop(): Promise<void>;
}

export function requireSlurm(): void {
  for (const cmd of ['/usr/sbin/munged', '/usr/sbin/slurmctld', '/usr/sbin/slurmd', '/usr/bin/sbatch']) {
    if (!existsSync(cmd)) throw new Error(`${cmd} is missing; run scripts/setup.sh --tests`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startSlurmCluster(): Promise<SlurmCluster> {
  requireSlurm();
  const dir = tempDir('slurm');
  // munged insists that everyone may traverse to its socket.
  chmodSync(dir, 0o711);
  for (const sub of ['munge', 'state', 'spool', 'log']) mkdirSync(join(dir, sub), { mode: sub === 'munge' ? 0o755 : 0o700 });
  writeFileSync(join(dir, 'munge.key'), randomBytes(128), { mode: 0o400 });
  const socket = join(dir, 'munge', 'munge.sock');
  const [ctldPort, slurmdPort] = [await freePort(), await freePort()];
  const memoryMiB = Math.floor((totalmem() / 2 ** 20) * 0.8);
  const conf = join(dir, 'slurm.conf');
  writeFileSync(join(dir, 'plugstack.conf'), '');
  writeFileSync(
    conf,
    `# A one-node test cluster (see man slurm.conf, Slurm 22.05).
ClusterName=cosimtest
SlurmctldHost=localhost
SlurmctldPort=${ctldPort}
SlurmdPort=${slurmdPort}
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=${socket}
StateSaveLocation=${dir}/state
SlurmdSpoolDir=${dir}/spool
SlurmctldPidFile=${dir}/slurmctld.pid
SlurmdPidFile=${dir}/slurmd.pid
SlurmctldLogFile=${dir}/log/slurmctld.log
SlurmdLogFile=${dir}/log/slurmd.log
PlugStackConfig=${dir}/plugstack.conf
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
KillWait=30
NodeName=localhost NodeAddr=127.0.0.1 CPUs=${cpus().length} RealMemory=${memoryMiB} State=UNKNOWN
# One CPU per task and two CPUs for the partition: at most two tasks at once.
PartitionName=main Nodes=localhost Default=YES MaxTime=INFINITE MaxCPUsPerNode=2 State=UP
`,
  );
  const env = { ...process.env, SLURM_CONF: conf };
  const daemons: ChildProcess[] = [];
  const daemon = (cmd: string, args: string[], name: string) => {
    const log = openSync(join(dir, 'log', `${name}.out`), 'a');
    const child = spawn(cmd, args, { env, stdio: ['ignore', log, log] });
    daemons.push(child);
    return child;
  };
  const cluster: SlurmCluster = {
    dir,
    env,
    squeue: () => execFileSync('squeue', ['--noheader', '--array', '--format=%i %T'], { env, encoding: 'utf8' }),
    stop: async () => {
      // Newest first: slurmd, then slurmctld, then munged; each by its own pid.
      for (const child of daemons.reverse()) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    },
  };
  try {
    daemon('/usr/sbin/munged', ['--foreground', `--key-file=${dir}/munge.key`, `--socket=${socket}`, `--pid-file=${dir}/munge/munged.pid`, `--log-file=${dir}/log/munged.log`, `--seed-file=${dir}/munge/seed`], 'munged');
    await until(() => existsSync(socket), 'munged to create its socket', dir);
    daemon('/usr/sbin/slurmctld', ['-D', '-i', '-f', conf], 'slurmctld');
    daemon('/usr/sbin/slurmd', ['-D', '-f', conf, '-N', 'localhost'], 'slurmd');
    await until(() => sinfo(env) === 'idle', 'the node to be idle in sinfo', dir);
  } catch (err) {
    await cluster.stop();
    throw err;
  }
  return cluster;
}

function sinfo(env: NodeJS.ProcessEnv): string {
  try {
    return execFileSync('sinfo', ['--noheader', '--format=%T'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

async function until(ready: () => boolean, what: string, dir: string): Promise<void> {
  for (const t0 = Date.now(); !ready(); await new Promise((r) => setTimeout(r, 250))) {
    if (Date.now() - t0 > 60_000) throw new Error(`timed out waiting for ${what}; logs in ${join(dir, 'log')}`);
  }
}

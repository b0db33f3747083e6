// Scenario actions: an exec or a sysctl through a guest's relay agent at an
// exact moment of the experiment. Each is issued from a calendar event, so it
// reaches the guest at the same simulated instant on every run, and its reply
// (exit status, output) is recorded as the guest produced it.

import type { ActionRecord } from '../results/outcome-records.js';
import type { HostRelay } from './host-relay.js';
import type { RequestOp } from '../relay/relay-messages.js';
import type { ResolvedAction } from '../scenario/types.js';
import type { Calendar } from '../sim/calendar.js';
import type { RequestScheduler } from './flow-runner.js';


export function scheduleActions(
  actions: ResolvedAction[],
  epochNs: number,
  calendar: Calendar,
  scheduler: RequestScheduler,
  relays: HostRelay[],
  hostNames: string[],
): ActionRecord[] {
  const records: ActionRecord[] = [];
  const decoder = new TextDecoder();
  for (const a of actions) {
    const rec: ActionRecord = {
      index: a.index,
      host: hostNames[a.host]!,
      atNs: a.atNs,
      doneNs: undefined,
      kind: a.op.kind,
      what: a.op.kind === 'exec' ? a.op.argv.join(' ') : `${a.op.key}=${a.op.value}`,
      status: undefined,
      stdout: '',
      stderr: '',
      error: undefined,
    };
    records.push(rec);
    const op: RequestOp = a.op.kind === 'exec' ? { exec: { argv: a.op.argv, env: [], netns: '' } } : { sysctlSet: { key: a.op.key, value: a.op.value } };
    scheduler.at(epochNs + a.atNs, () => {
      relays[a.host]!.issue(
        op,
        (r) => {
        rec.doneNs = calendar.now - epochNs;
        if (r.body === 'error') rec.error = `${r.error.errnoName}: ${r.error.message}`;
        else if (r.body === 'exec') {
          rec.status = r.exec.signal ? 128 + r.exec.signal : r.exec.exitCode;
          rec.stdout = decoder.decode(r.exec.stdout);
          rec.stderr = decoder.decode(r.exec.stderr);
        } else rec.status = 0;
        },
        { reacts: false },
      );
    });
  }
  return records;
}

import { describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { loadStudyText } from '../../../orchestrator/src/study/load-study.js';
import type { RunMetrics } from '../../../orchestrator/src/study/run-metrics.js';
import { studyPlots } from '../../../orchestrator/src/study/study-report.js';

const STUDY = `name: t
scenario:
  name: t
  duration: 1s
  hosts:
    - {name: sender, kernel: "6.1", ip: 10.0.0.1/24}
    - {name: receiver, kernel: "6.1", ip: 10.0.0.2/24}
  links:
    - {name: wan, between: [sender, receiver], rate: 10Mbit, queue: 33p}
  flows:
    - {id: flow, from: sender, to: receiver}
axes:
  hosts.sender.kernel: ["5.10", "6.1", "6.12"]
  links.wan.queue: [8p, 33p]
`;

const metrics = (goodputBps: number): RunMetrics => ({ status: 'completed', reason: '', digest: 'd', goodputBps, retransmits: 1, drops: 2, rttP50Us: 40_000, rttP95Us: 50_000, rttP99Us: 60_000, cwnd: [[0, 10], [1, 20]] });

describe('study plots', () => {
  it('overlays cwnd per cell and plots metrics against numeric axes, not against kernel versions', () => {
    const study = loadStudyText(STUDY, 't.yaml', knownKernels());
    const plots = studyPlots(study, study.runs.map((run, i) => ({ run, metrics: metrics(1e6 * (i + 1)) })));
    expect(plots.map((p) => p.file)).toEqual(['plots/cwnd.svg', 'plots/goodput_bps-vs-links_wan_queue.svg', 'plots/drops-vs-links_wan_queue.svg', 'plots/rtt_p50_us-vs-links_wan_queue.svg']);
    // One cwnd curve per cell: three kernels x two queues.
    expect(plots[0]!.svg.match(/<path d="[^"]+" fill="none" stroke="#/g)).toHaveLength(6);
  });
});

// One run of a scenario, as an object: what runScenario's steps share. It is
// wired when made: one lane per VM with its NICs, the network between the
// NICs, one relay client per VM carried by the relay transport, the
// workloads, and the bring-up that starts them. Then the guests start, the
// engine drives them to the end, and whatever happens -- completion, Ctrl-C,
// a guest that panics or stops answering -- `shutdown` ends every VM and the
// outcome holds what the run got so far.

import { GuestError } from '../errors.js';
import { FrameNumbering } from '../net/frame.js';
import type { QemuVm } from '../qemu/qemu-vm.js';
import { RelayClient } from '../relay/relay-client.js';
import type { TcpInfo } from '../relay/relay-messages.js';
import { type RunOutcome, writeResults } from '../results/write-results.js';
import type { ResolvedScenario } from '../scenario/types.js';
import { Calendar } from '../sim/calendar.js';
import { BringUp } from './bring-up.js';
import { buildNetwork, type ScenarioNetwork } from './build-network.js';
import { Engine } from './engine.js';
import { hostRelay } from './host-relay.js';
import { launchGuests } from './launch-guests.js';
import type { PreparedRun } from './prepare-run.js';
import { ProgressReporter } from './progress.js';
import { RelayTransport } from './relay-transport.js';
import type { RunOptions } from './run-options.js';
import { StopController } from './stop-controller.js';
import { VmLane } from './vm-lane.js';
import { WORKLOAD_KINDS } from './workloads/registry.js';
import type { Workload, WorkloadContext, WorkloadReport } from './workloads/workload.js';

export class ScenarioRun {
  readonly stop: StopController;
  status: RunOutcome['status'] = 'completed';
  reason: string | undefined;
  readonly warnings: string[] = [];
  readonly #scenario: ResolvedScenario;
  readonly #prepared: PreparedRun;
  readonly #options: RunOptions;
  readonly #log: (line: string) => void;
  readonly #calendar = new Calendar();
  readonly #lanes: VmLane[];
  readonly #network: ScenarioNetwork;
  readonly #transport: RelayTransport;
  readonly #relays: RelayClient[];
  /** Per VM: where the TCP_INFO samples of each sampler request go. */
  readonly #samples: Map<number, (info: TcpInfo) => void>[];
  readonly #workloads: Workload[];
  readonly #bringUp: BringUp;
  readonly #progress: ProgressReporter | undefined;
  readonly #onAbort = (): void => this.stop.interrupt(`interrupted: ${String(this.#options.signal?.reason ?? 'aborted')}`);
  readonly #wallStart = Date.now();
  readonly #cpuAtStart = process.cpuUsage();
  #vms: QemuVm[] = [];
  #engine: Engine | undefined;
  #reachedNs = 0;
  #rounds = 0;
  #bootWallSeconds: number | undefined;
  #qemuCpuSeconds: (number | undefined)[] = [];

  constructor(scenario: ResolvedScenario, prepared: PreparedRun, options: RunOptions, log: (line: string) => void) {
    this.#scenario = scenario;
    this.#prepared = prepared;
    this.#options = options;
    this.#log = log;
    this.stop = new StopController(log);
    this.stop.install({ signals: options.handleSignals ?? false });
    if (options.signal?.aborted) this.#onAbort();
    options.signal?.addEventListener('abort', this.#onAbort, { once: true });
    const fail = (why: string): void => this.stop.request(why);
    const { machines, machineOf, nicPlace } = prepared.placement;

    // The frame path: each host NIC is one of its VM's lane (a VLAN of port 0
    // for a virtual host's), and the network joins the NICs.
    this.#lanes = machines.map((m) => new VmLane(m.index, m.name));
    const numbering = new FrameNumbering();
    const hostNics = scenario.hosts.map((h) => nicPlace[h.index]!.map((p, k) => this.#lanes[p.machine]!.addNic(p.port, p.vlanId, numbering, h.nics[k]!.offloads, this.#calendar)));
    this.#network = buildNetwork(scenario, this.#calendar, hostNics, options.outDir, (e) => fail(e.message));
    // The relay path: one client per VM, its bytes carried by the transport through the lanes.
    this.#transport = new RelayTransport(this.#calendar, this.#lanes);
    this.#samples = machines.map(() => new Map());
    this.#relays = machines.map(
      (m, i) =>
        new RelayClient(m.name, this.#transport.sink(i, 0), {
          hello: (hello) => this.#bringUp.hello(i, hello.kernelRelease),
          sample: (id, info) => this.#samples[i]!.get(id)?.(info),
          agentError: (msg) => fail(`relay agent on ${m.name} reported: ${msg}`),
        }),
    );
    this.#transport.watch(this.#relays);
    this.#relays.forEach((r, i) => this.#lanes[i]!.connectSerial(0, r));
    // A second Ctrl-C exits at once: what the pcap writers hold is flushed
    // first, then the results so far are written (synchronously) and named.
    this.stop.atForcedExit(() => this.#network.close());
    this.stop.atForcedExit(() => this.#forcedExit());

    // What each host asks its VM's agent: in its own network namespace when it is a virtual host.
    const hostRelays = scenario.hosts.map((h) => hostRelay(this.#relays[machineOf[h.index]!]!, h.virtual ? h.name : ''));
    const ctx: WorkloadContext = {
      scenario,
      calendar: this.#calendar,
      scheduler: this.#transport,
      relayOf: (host) => hostRelays[host]!,
      nameOf: (host) => scenario.hosts[host]!.name,
      routeSamples: (host, samplerId, take) => void this.#samples[machineOf[host]!]!.set(samplerId, take),
      fail,
    };
    this.#workloads = WORKLOAD_KINDS.map((kind) => kind(ctx)).filter((w): w is Workload => w !== undefined);
    this.#bringUp = new BringUp({ scenario, machines, calendar: this.#calendar, relays: this.#relays, log, fail, onStart: (epochNs) => this.#startExperiment(epochNs) });
    this.#progress = options.progress === null ? undefined : new ProgressReporter(options.progress ?? process.stderr);
  }

  /** Start every VM's QEMU (from snapshots if asked) and join it to its lane. */
  async startGuests(): Promise<void> {
    const { outDir, snapshots, syncTimeoutMs } = this.#options;
    this.#vms = await launchGuests(this.#prepared, { outDir, snapshots: snapshots ?? false, syncTimeoutMs, stop: this.stop, log: this.#log });
    for (const [i, vm] of this.#vms.entries()) this.#lanes[i]!.attach(vm.sync);
  }

  /** Let the engine drive the guests to the end, then judge what the workloads did. */
  async drive(): Promise<void> {
    const sync = this.#options.sync ?? this.#scenario.sync;
    this.#engine = new Engine({
      lanes: this.#lanes,
      calendar: this.#calendar,
      // A NIC with LRO may hold a segment for its guest: that bounds the guest too.
      sources: [this.#network, this.#transport, ...(this.#scenario.hosts.some((h) => h.nics.some((n) => n.offloads?.lro)) ? [{ earliestNewInputNs: (vm: number) => this.#lanes[vm]!.heldInputNs() }] : [])],
      endNs: Infinity,
      schedule: sync === 'parallel' ? { kind: 'parallel' } : { kind: 'lockstep', quantumNs: 100_000 },
      wantsTurn: () => this.#relays.some((r) => r.takeTurnWanted()),
      stopRequested: () => this.stop.reason,
      syncTimeoutMs: this.#options.syncTimeoutMs,
      onRound: (safeNs, round) => this.#onRound(safeNs, round),
    });
    const result = await this.#engine.run();
    this.#reachedNs = result.reachedNs;
    this.#rounds = result.rounds;
    const epochNs = this.#bringUp.epochNs;
    if (result.stoppedBecause) {
      this.status = this.stop.interrupted ? 'stopped' : 'failed';
      // Interrupted, a guest's end is the signal's doing (slurmstepd's SIGTERM reaches QEMU too): the signal is the reason.
      this.reason = this.stop.interrupted ? (this.stop.reason ?? result.stoppedBecause) : result.stoppedBecause;
      if (epochNs !== undefined) this.#judge({ epochNs, endNs: this.#reachedNs, completed: false });
    } else if (epochNs !== undefined) {
      for (const vm of this.#vms) {
        if (vm.sync.framesDropped > 0) this.warnings.push(`${vm.name} sent ${vm.sync.framesDropped} frames over 64 KiB, which no link carries; they were dropped (is its MTU over 65522?)`);
      }
      this.#judge({ epochNs, endNs: this.#reachedNs, completed: true });
    }
  }

  /** The run ended with an error before or while the engine ran. */
  failWith(err: unknown): void {
    // Whatever phase it was in (a snapshot being made, a boot), work a signal ended is stopped, not failed (issue 26, finding 16).
    if (this.stop.interrupted) {
      this.status = 'stopped';
      this.reason = this.stop.reason ?? (err as Error).message;
      return;
    }
    this.status = 'failed';
    this.reason = err instanceof GuestError ? `${err.vm}: ${err.message.replace(/^Guest \S+ failed \S+: /, '')}` : (err as Error).message;
  }

  /** End every VM, whatever happened, and flush the network's writers. */
  async shutdown(): Promise<void> {
    // Requests still waiting for a guest that is gone fail now, naming why.
    for (const r of this.#relays) r.failAll(this.reason ?? 'the run ended');
    this.#progress?.done();
    this.#qemuCpuSeconds = this.#vms.map((v) => v.cpuSeconds());
    await Promise.all(this.#vms.map((v) => v.quit(2000).catch(() => v.kill())));
    this.#network.close();
    this.stop.uninstall();
    this.#options.signal?.removeEventListener('abort', this.#onAbort);
  }

  /** What the run got, as it stands: callable at any time (a forced exit writes it mid-run). */
  outcome(): RunOutcome {
    const { machines, machineOf } = this.#prepared.placement;
    const scenario = this.#scenario;
    const work: WorkloadReport = { flows: [], actions: [] };
    for (const w of this.#workloads) w.report(work);
    const cpu = process.cpuUsage(this.#cpuAtStart);
    return {
      scenario,
      status: this.status,
      reason: this.reason,
      signal: this.status === 'stopped' ? this.stop.signal : undefined,
      warnings: this.warnings,
      identity: this.#prepared.identity,
      simulatedNs: this.#reachedNs,
      epochNs: this.#bringUp.epochNs,
      wallSeconds: (Date.now() - this.#wallStart) / 1000,
      rounds: this.#rounds,
      performance: {
        bootWallSeconds: this.#bootWallSeconds,
        vmNames: machines.map((m) => m.name),
        syncPoints: this.#lanes.map((l) => l.syncPoints),
        qemuCpuSeconds: this.#qemuCpuSeconds,
        orchestratorCpuSeconds: (cpu.user + cpu.system) / 1e6,
      },
      // By host: a virtual host's are its VM's.
      kernelReleases: scenario.hosts.map((h) => this.#bringUp.kernelReleases[machineOf[h.index]!]),
      framesDropped: scenario.hosts.map((h) => (h.virtual ? 0 : (this.#vms[machineOf[h.index]!]?.sync.framesDropped ?? 0))),
      ...work,
      throughput: this.#network.throughput.map((t) => ({
        link: t.link,
        binNs: t.meters[0]!.meter.binNs,
        directions: t.meters.map((m) => {
          const samples = m.meter.samples(Math.max(0, this.#reachedNs - (this.#bringUp.epochNs ?? this.#reachedNs)));
          const binNs = m.meter.binNs;
          return { id: m.id, samples, ...(m.schedule ? { scheduledBps: samples.map((x) => Math.round(m.schedule!.meanRateBps(x.startNs, x.startNs + binNs))) } : {}) };
        }),
      })),
      queues: this.#network.queues.map((q) => ({
        id: q.id,
        enqueued: q.queue.counters.enqueued,
        drops: q.queue.counters.dropped,
        lossDrops: q.lossDrops(),
        maxDepthPackets: q.queue.counters.maxDepthPackets,
        ...(q.queue.policer ? { policerDrops: q.queue.policer.dropped } : {}),
      })),
    };
  }

  #forcedExit(): void {
    this.status = 'stopped';
    this.reason = `${this.stop.reason ?? 'interrupted'}; killed at once by a second signal`;
    writeResults(this.#options.outDir, this.outcome());
    this.#log(`partial results kept in ${this.#options.outDir}`);
  }

  #startExperiment(epochNs: number): void {
    this.#bootWallSeconds = (Date.now() - this.#wallStart) / 1000;
    this.#engine!.setEndNs(epochNs + this.#scenario.durationNs);
    this.#network.start(epochNs);
    for (const w of this.#workloads) w.start(epochNs);
    for (const t of this.#network.throughput) for (const m of t.meters) m.meter.restartAt(epochNs);
  }

  #judge(span: { epochNs: number; endNs: number; completed: boolean }): void {
    const failures: string[] = [];
    for (const w of this.#workloads) {
      const health = w.judge(span);
      failures.push(...health.failures);
      this.warnings.push(...health.warnings);
    }
    if (failures.length > 0) {
      this.status = 'failed';
      this.reason = failures.join('; ');
    }
  }

  #onRound(safeNs: number, round: number): void {
    this.#reachedNs = safeNs;
    this.#rounds = round;
    const epochNs = this.#bringUp.epochNs;
    this.#progress?.update({
      simulatedNs: epochNs === undefined ? safeNs : safeNs - epochNs,
      totalSimulatedNs: safeNs,
      endNs: this.#scenario.durationNs,
      wallMs: Date.now() - this.#wallStart,
      rounds: round,
      vmStates: epochNs === undefined ? 'booting' : 'running',
    });
  }
}

// `cosim run`: from a compiled scenario to a results folder.
//
// Boot every guest under the patched QEMU, wire their NICs to the network
// model and their relay ports to relay clients, and let the engine advance
// them together. When the last guest's agent says hello, every host gets its
// own network configuration and sysctls through its agent
// (configure-hosts.ts); the experiment's clock starts when the last one is
// configured (a deterministic moment), flows start relative to it, and the
// run ends `duration` later. Whatever happens --
// completion, Ctrl-C, a guest that panics or stops answering -- the VMs are
// shut down and the results written so far are kept.
//
// As a library call it touches nothing it was not asked to: the results
// folder must be new or empty unless `existing` allows more, and signal
// handlers are installed only with `handleSignals` (the CLI asks for both).

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GuestError, OutputError, SetupError } from '../errors.js';
import type { GuestImage } from '../images/kernel-catalog.js';
import { ensureHostImage } from '../images/host-image.js';
import { QemuVm } from '../qemu/qemu-vm.js';
import { RelayClient } from '../relay/relay-client.js';
import { type ExistingDirRule, prepareResultsDir } from '../results/results-dir.js';
import { type RunOutcome, writeResults } from '../results/write-results.js';
import { outputFile } from '../scenario/output-files.js';
import type { ResolvedScenario } from '../scenario/types.js';
import { checkBuild } from '../setup/build-check.js';
import { FrameNumbering } from '../net/frame.js';
import { Calendar } from '../sim/calendar.js';
import type { ActionRecord } from '../results/outcome-records.js';
import { scheduleActions } from './action-runner.js';
import { buildNetwork } from './build-network.js';
import { BOOT_SEED, bootMac, configureMachine } from './configure-hosts.js';
import { hostRelay } from './host-relay.js';
import { placeHosts } from './machines.js';
import { Engine } from './engine.js';
import { FlowRunner } from './flow-runner.js';
import { ProgressReporter } from './progress.js';
import { RelayTransport } from './relay-transport.js';
import { checkGuestMemory } from './resource-check.js';
import { assessRunHealth, unfinishedActions } from './run-health.js';
import { runIdentity } from './run-identity.js';
import { StartInterrupted, startVms, type VmToStart } from '../qemu/start-vms.js';
import { withSnapshots } from '../snapshot/use-snapshots.js';
import { StopController } from './stop-controller.js';
import { RequestResponseRunner } from './request-response-runner.js';
import { UdpFlowRunner } from './udp-flow-runner.js';
import { VmLane } from './vm-lane.js';

/** Guests that are not up after this much simulated time are reported as hung. */
export const BOOT_LIMIT_NS = 60_000_000_000;

export interface RunOptions {
  outDir: string;
  /** What may happen to an existing, non-empty `outDir` (default: it is refused). */
  existing?: ExistingDirRule;
  /** Take over SIGINT/SIGTERM: the first stops the run cleanly, a second kills at once (default false). */
  handleSignals?: boolean;
  /** Run even when the guests need more memory than this machine has (default false). */
  ignoreMemoryLimit?: boolean;
  /** Aborting stops the run at its next sync point (or during boot), keeping partial results: status `stopped`. */
  signal?: AbortSignal;
  sync?: 'parallel' | 'lockstep';
  /** Where progress lines go (default stderr); null for none. */
  progress?: NodeJS.WriteStream | null;
  log?: (line: string) => void;
  /** Wall-clock limit for a guest to reach its next sync point before the run stops it as hung (default 120 s). */
  syncTimeoutMs?: number;
  /**
   * Start each guest from a snapshot of it at agent-ready, made on first use
   * and cached (same results as a boot; docs/testing-determinism.md). The
   * CLI asks for it unless given `--no-snapshot`; the default here is false,
   * every guest boots.
   */
  snapshots?: boolean;
}

export interface RunResult {
  outcome: RunOutcome;
  digest: string;
  summary: Record<string, unknown>;
}

export async function runScenario(scenario: ResolvedScenario, options: RunOptions): Promise<RunResult> {
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  // Before anything is looked up or built: a scenario that cannot fit is refused at once.
  if (!options.ignoreMemoryLimit) {
    const memory = checkGuestMemory(scenario);
    if (!memory.fits) throw new SetupError(memory.message, 'lower the hosts\' memory, run fewer hosts, or pass --force to run anyway');
  }
  const qemu = checkBuild('qemu-patches/build.sh');
  if (!qemu.ok) throw new SetupError(`the patched QEMU is not built (${qemu.reason})`, 'run scripts/setup.sh');
  // One VM per host of its own, one per entry of vms: (run/machines.ts).
  const placement = placeHosts(scenario);
  const { machines, machineOf } = placement;
  // VMs with the same kernel and additions share one image: look each up once.
  const byKey = new Map<string, GuestImage>();
  const images = machines.map((h) => {
    const key = JSON.stringify([h.kernel, h.customKernel, h.additions]);
    let img = byKey.get(key);
    if (!img) byKey.set(key, (img = ensureHostImage(h, scenario.file)));
    return img;
  });
  for (const img of images) {
    if (!img.relayAgent) throw new SetupError(`image ${img.version} has no relay agent`, 'run scripts/setup.sh to rebuild it');
  }
  const identity = runIdentity(qemu.path, machines.map((m, i) => ({ host: m.name, image: images[i]! })));

  const out = options.outDir;
  prepareResultsDir(out, options.existing ?? 'new-or-empty');
  for (const sub of ['console', 'pcap']) {
    try {
      mkdirSync(join(out, sub));
    } catch (err) {
      throw new OutputError(join(out, sub), err, { after: 'no guest was started' });
    }
  }

  const wallStart = Date.now();
  const stop = new StopController(log);
  stop.install({ signals: options.handleSignals ?? false });
  const onAbort = () => stop.interrupt(`interrupted: ${String(options.signal?.reason ?? 'aborted')}`);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const calendar = new Calendar();
  const vms: QemuVm[] = [];
  let engine: Engine | undefined;
  let epochNs: number | undefined;
  let status: RunOutcome['status'] = 'completed';
  let reason: string | undefined;
  let reachedNs = 0;
  let rounds = 0;
  let bootWallSeconds: number | undefined;
  let qemuCpuSeconds: (number | undefined)[] = [];
  const cpuAtStart = process.cpuUsage();
  const warnings: string[] = [];
  const hellos: (string | undefined)[] = machines.map(() => undefined);
  const fail = (why: string) => stop.request(why);

  // One lane per VM: where the network and the relay send its inputs, and
  // where the engine keeps its sync state. Each host NIC is one of its VM's
  // (a VLAN of port 0 for a virtual host's), numbering the frames it sends.
  const lanes = machines.map((m) => new VmLane(m.index, m.name));
  const numbering = new FrameNumbering();
  const hostNics = scenario.hosts.map((h) => placement.nicPlace[h.index]!.map((p) => lanes[p.machine]!.addNic(p.port, p.vlanId, numbering)));
  const network = buildNetwork(scenario, calendar, hostNics, out, (e) => fail(e.message));
  const relayTransport = new RelayTransport(calendar, lanes);
  // A second Ctrl-C exits at once: what the pcap writers hold is flushed
  // first, then the results so far are written (synchronously) and named.
  stop.atForcedExit(() => network.close());
  stop.atForcedExit(() => {
    status = 'stopped';
    reason = `${stop.reason ?? 'interrupted'}; killed at once by a second signal`;
    writeResults(out, outcomeNow());
    log(`partial results kept in ${out}`);
  });
  const flows: FlowRunner[] = [];
  let actions: ActionRecord[] = [];
  const relays: RelayClient[] = machines.map(
    (m, i) =>
      new RelayClient(m.name, relayTransport.sink(i, 0), {
        hello: (hello) => {
          hellos[i] = hello.kernelRelease;
          if (hellos.every((x) => x !== undefined)) configureAll();
        },
        sample: (id, info) => void flows.some((f) => machineOf[f.flow.from] === i && f.takeSample(id, info)),
        agentError: (msg) => fail(`relay agent on ${m.name} reported: ${msg}`),
      }),
  );
  relayTransport.watch(relays);
  for (const [i, relay] of relays.entries()) lanes[i]!.connectSerial(0, relay);
  // What each host asks its VM's agent: in its own network namespace when it is a virtual host.
  const hostRelays = scenario.hosts.map((h) => hostRelay(relays[machineOf[h.index]!]!, h.virtual ? h.name : ''));
  for (const f of scenario.flows) {
    flows.push(new FlowRunner(f, calendar, relayTransport, hostRelays[f.from]!, hostRelays[f.to]!, [scenario.hosts[f.from]!.name, scenario.hosts[f.to]!.name], fail));
  }
  const udpFlows = (scenario.udpFlows ?? []).map(
    (f) => new UdpFlowRunner(f, scenario.seed, calendar, relayTransport, hostRelays[f.from]!, hostRelays[f.to]!, [scenario.hosts[f.from]!.name, scenario.hosts[f.to]!.name], fail),
  );
  const requestResponse = (scenario.requestResponse ?? []).map(
    (w) => new RequestResponseRunner(w, scenario.seed, calendar, relayTransport, hostRelays[w.from]!, hostRelays[w.to]!, [scenario.hosts[w.from]!.name, scenario.hosts[w.to]!.name], fail),
  );

  // Every VM is configured once all agents are up, not as each comes up: no
  // guest then sends a frame before every other has reached its snapshot
  // point (make-snapshot.ts), and the experiment starts when the last one is
  // configured.
  let configured = 0;
  function configureAll(): void {
    log(`all ${machines.length} guests up at ${(calendar.now / 1e9).toFixed(3)} s of simulated time; configuring their networks`);
    for (const m of machines) {
      configureMachine(m, scenario, relays[m.index]!, () => {
        if (++configured === machines.length) startExperiment();
      }, fail);
    }
  }

  function startExperiment(): void {
    epochNs = calendar.now;
    bootWallSeconds = (Date.now() - wallStart) / 1000;
    log(`all ${machines.length} guests configured at ${(epochNs / 1e9).toFixed(3)} s of simulated time; experiment starts`);
    engine!.setEndNs(epochNs + scenario.durationNs);
    for (const f of flows) f.start(epochNs);
    for (const f of udpFlows) f.start(epochNs);
    for (const w of requestResponse) w.start(epochNs);
    actions = scheduleActions(scenario.actions, epochNs, calendar, relayTransport, hostRelays, scenario.hosts.map((h) => h.name));
    for (const t of network.throughput) for (const m of t.meters) m.meter.restartAt(epochNs);
  }

  calendar.schedule(BOOT_LIMIT_NS, () => {
    if (epochNs !== undefined) return;
    const late = machines.filter((_, i) => hellos[i] === undefined).map((m) => m.name);
    if (late.length === 0) fail(`the guests were not configured within ${BOOT_LIMIT_NS / 1e9} s of simulated time`);
    else fail(`${late.join(', ')} did not come up within ${BOOT_LIMIT_NS / 1e9} s of simulated time (see console/${late[0]}.log)`);
  });

  const progress = options.progress === null ? undefined : new ProgressReporter(options.progress ?? process.stderr);
  try {
    let toStart: VmToStart[] = machines.map((m) => {
      const img = images[m.index]!;
      return {
        name: m.name,
        binary: qemu.path,
        spec: {
          kernelPath: img.kernelPath,
          initrdPath: img.initrdPath,
          // Nothing of the hosts' own: that comes through the agent (configure-hosts.ts).
          append: img.cmdline,
          memoryMiB: m.memoryMiB,
          icountShift: m.icountShift,
          seed: BOOT_SEED,
          consoleLogPath: join(out, outputFile.console(m.name)),
          nics: Array.from({ length: m.nicCount }, (_, port) => ({ port, mac: bootMac(port) })),
          serialPorts: [{ port: 0, name: 'cosim.relay' }],
        },
      };
    });
    if (options.snapshots ?? false) {
      const snap = await withSnapshots(toStart, images, identity.qemu, { stop, log, syncTimeoutMs: options.syncTimeoutMs });
      toStart = snap.vms;
      const made = snap.uses.filter((u) => u.made).map((u) => u.host);
      log(`guests start from snapshots at agent-ready${made.length > 0 ? ` (made now: ${made.join(', ')})` : ''}; --no-snapshot boots them`);
    }
    vms.push(...(await startVms(toStart, stop)));
    for (const [i, vm] of vms.entries()) lanes[i]!.attach(vm.sync);
    const sync = options.sync ?? scenario.sync;
    engine = new Engine({
      lanes,
      calendar,
      sources: [network, relayTransport],
      endNs: Infinity,
      schedule: sync === 'parallel' ? { kind: 'parallel' } : { kind: 'lockstep', quantumNs: 100_000 },
      wantsTurn: () => relays.some((r) => r.takeTurnWanted()),
      stopRequested: () => stop.reason,
      syncTimeoutMs: options.syncTimeoutMs,
      onRound: (safeNs, round) => {
        reachedNs = safeNs;
        rounds = round;
        progress?.update({
          simulatedNs: epochNs === undefined ? safeNs : safeNs - epochNs,
          totalSimulatedNs: safeNs,
          endNs: scenario.durationNs,
          wallMs: Date.now() - wallStart,
          rounds: round,
          vmStates: epochNs === undefined ? 'booting' : 'running',
        });
      },
    });
    const result = await engine.run();
    reachedNs = result.reachedNs;
    rounds = result.rounds;
    if (result.stoppedBecause) {
      status = stop.interrupted ? 'stopped' : 'failed';
      reason = result.stoppedBecause;
      if (epochNs !== undefined) warnings.push(...unfinishedActions(actions, reachedNs - epochNs));
    } else if (epochNs !== undefined) {
      for (const vm of vms) {
        if (vm.sync.framesDropped > 0) warnings.push(`${vm.name} sent ${vm.sync.framesDropped} frames over 64 KiB, which no link carries; they were dropped (is its MTU over 65522?)`);
      }
      const health = assessRunHealth({
        endNs: reachedNs,
        epochNs,
        flows: flows.map((f) => ({ id: f.flow.id, sender: scenario.hosts[f.flow.from]!.name, sampleIntervalNs: f.flow.sampleIntervalNs, lastSampleNs: f.samples.at(-1)?.timeNs })),
        actions,
      });
      warnings.push(...health.warnings);
      if (health.failures.length > 0) {
        status = 'failed';
        reason = health.failures.join('; ');
      }
    }
  } catch (err) {
    status = stop.interrupted && err instanceof StartInterrupted ? 'stopped' : 'failed';
    reason = err instanceof GuestError ? `${err.vm}: ${err.message.replace(/^Guest \S+ failed \S+: /, '')}` : (err as Error).message;
  } finally {
    // Requests still waiting for a guest that is gone fail now, naming why.
    for (const r of relays) r.failAll(reason ?? 'the run ended');
    progress?.done();
    qemuCpuSeconds = vms.map((v) => v.cpuSeconds());
    await Promise.all(vms.map((v) => v.quit(2000).catch(() => v.kill())));
    network.close();
    stop.uninstall();
    options.signal?.removeEventListener('abort', onAbort);
  }

  // A function declaration, hoisted: the forced-exit hook above may call it mid-run.
  function outcomeNow(): RunOutcome {
    return {
      scenario,
      status,
      reason,
      signal: status === 'stopped' ? stop.signal : undefined,
      warnings,
      identity,
      simulatedNs: reachedNs,
      epochNs,
      wallSeconds: (Date.now() - wallStart) / 1000,
      rounds,
      performance: {
        bootWallSeconds,
        vmNames: machines.map((m) => m.name),
        syncPoints: lanes.map((l) => l.syncPoints),
        qemuCpuSeconds,
        orchestratorCpuSeconds: (() => {
          const u = process.cpuUsage(cpuAtStart);
          return (u.user + u.system) / 1e6;
        })(),
      },
      // By host: a virtual host's are its VM's.
      kernelReleases: scenario.hosts.map((h) => hellos[machineOf[h.index]!]),
      framesDropped: scenario.hosts.map((h) => (h.virtual ? 0 : (vms[machineOf[h.index]!]?.sync.framesDropped ?? 0))),
      flows: flows.map((f) => ({ id: f.flow.id, samples: f.samples, sentBytes: f.sentBytes, receivedBytes: f.receivedBytes })),
      ...(udpFlows.length > 0 ? { udpFlows: udpFlows.map((f) => ({ id: f.flow.id, sent: f.sent, received: f.received, sentFinal: f.sentFinal, receivedFinal: f.receivedFinal, sendErrors: f.sendErrors, firstSendError: f.firstSendError })) } : {}),
      ...(requestResponse.length > 0 ? { requestResponse: requestResponse.map((w) => ({ id: w.workload.id, requests: w.workload.count, completed: w.records(), served: w.served })) } : {}),
      actions,
      throughput: network.throughput.map((t) => ({
        link: t.link,
        binNs: t.meters[0]!.meter.binNs,
        directions: t.meters.map((m) => ({ id: m.id, samples: m.meter.samples(Math.max(0, reachedNs - (epochNs ?? reachedNs))) })),
      })),
      queues: network.queues.map((q) => ({
        id: q.id,
        enqueued: q.queue.counters.enqueued,
        drops: q.queue.counters.dropped,
        lossDrops: q.lossDrops(),
        maxDepthPackets: q.queue.counters.maxDepthPackets,
      })),
    };
  }
  const outcome = outcomeNow();
  try {
    const { digest, summary } = writeResults(out, outcome);
    return { outcome, digest, summary };
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    const ended = status === 'completed' ? 'the run completed' : `the run ${status} (${reason ?? 'no reason given'})`;
    throw new OutputError(err.path, err.cause, { before: `${ended}, but its results could not be finished`, after: `what was written is kept in ${out}` });
  }
}

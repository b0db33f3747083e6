// A scenario after compilation: every unit converted (ns, bit/s, bytes),
// every default filled, every reference resolved. The engine never sees YAML.

import type { QueueConfig } from '../sim/queue-config.js';
import type { OnOff, SizeDistribution } from '../sim/traffic-schedule.js';

export interface ResolvedHost {
  name: string;
  index: number;
  /** Kernel version name from images/kernels.lock ("6.1"), or "custom" for the user's own. */
  kernel: string;
  /** The user's own kernel (absolute paths), when `kernel` is "custom". */
  customKernel: { path: string; modulesDir: string | undefined } | undefined;
  memoryMiB: number;
  icountShift: number;
  /** Guest instructions per simulated µs (`cpu: {speed}`); absent for the default, 1000 (one per ns). */
  cpuMips?: number;
  /** Applied through the relay agent when the guest is up, in file order. */
  sysctls: [string, string][];
  /** Network interfaces in guest order: nics[i] is eth<i>, on sync port i. */
  nics: ResolvedNic[];
  /** Static routes, added at boot after the addresses. */
  routes: { to: string; via: string }[];
  /** Debian packages and user files in the image (`packages:`, `files:`); absent for the stock image. */
  additions?: ResolvedGuestAdditions;
  /**
   * A virtual IP host: a network namespace (named after the host) inside VM
   * `vms[vm]`, whose NIC carries NIC k of this host as 802.1Q VLAN
   * `vlanIds[k]`. Absent for a host that is a VM of its own (so its resolved
   * form, and digest, stay as they were). Its kernel and memory are the VM's.
   */
  virtual?: { vm: number; vlanIds: number[] };
}

/** A VM holding virtual IP hosts (`vms:`): the guest they share. */
export interface ResolvedVm {
  name: string;
  index: number;
  kernel: string;
  customKernel: ResolvedHost['customKernel'];
  memoryMiB: number;
  icountShift: number;
  cpuMips?: number;
  additions?: ResolvedGuestAdditions;
  /** Its virtual hosts, by host index, in file order. */
  hosts: number[];
}

/** What an image carries beyond busybox and the relay agent (images/layer.sh builds it). */
export interface ResolvedGuestAdditions {
  /** The Debian suite of the packages ("" when there are none). */
  suite: string;
  /** Package names asked for, sorted; apt adds their dependencies (images/packages.lock). */
  packages: string[];
  /** User files, by guest path. */
  files: ResolvedFile[];
}

export interface ResolvedFile {
  /** Absolute path in the guest. */
  path: string;
  /** As the scenario gives it, relative to the scenario file (so the digest does not depend on where it lives). */
  source: string;
  sha256: string;
  mode: '0755' | '0644';
}

export interface ResolvedNic {
  /** "eth0", "eth1", ... */
  name: string;
  ip: string;
  prefixLength: number;
  mac: string;
  /** What the NIC offloads from the guest; absent when nothing (a stock NIC's resolved form stays as it was). */
  offloads?: NicOffloads;
  /** Largest IP packet in bytes (`ip link set mtu`); absent for 1500, so a stock host's resolved form (and digest) stays. */
  mtu?: number;
}

/**
 * A NIC's offloads (docs/scenario-spec.md, `offloads`): checksum offload
 * (transmit and receive), TCP segmentation offload over IPv4, and
 * receive-side coalescing of in-order TCP segments (LRO); the last two
 * need checksum offload.
 */
export interface NicOffloads {
  checksum: boolean;
  tso: boolean;
  lro: boolean;
}

export type ResolvedLoss =
  | { kind: 'bernoulli'; lossProbability: number }
  | { kind: 'gilbert_elliott'; p: number; r: number; lossInGood: number; lossInBad: number };

/** Where a link's pcapng taps frames: as they reach its queue (drops included), or as they leave it onto the wire. */
export type CaptureTap = 'before_queue' | 'after_queue';

/** A switch or hub joining several links into one Ethernet segment. */
export interface ResolvedSwitch {
  name: string;
  index: number;
  kind: 'learning' | 'hub';
  agingNs: number;
  /** Write pcap/<name>.pcapng with every port's frames in and out; absent when off. */
  capture?: true;
}

/** What a link end is attached to: a host's NIC or a switch port. */
export interface NodeRef {
  kind: 'host' | 'switch';
  /** Index into hosts or switches. */
  index: number;
  name: string;
  /** For a host: which of its NICs (0 for eth0). */
  nic: number;
}

/** One direction of a link: frames from `from` to `to`. */
export interface ResolvedDirection {
  /** Seeding and reporting name, e.g. "bottleneck:sender->receiver". */
  id: string;
  from: NodeRef;
  to: NodeRef;
  rateBps: number;
  delayNs: number;
  /** Extra delay per frame, uniform in [0, jitterNs]; 0 for none. */
  jitterNs: number;
  /** Whether jitter may let a frame overtake an earlier one. */
  reorder: boolean;
  /** Drop-tail, the default, carries no kind, so its resolved form (and digest) is as before AQMs. */
  queue: QueueConfig;
  loss: ResolvedLoss | undefined;
  /** Frames leave at a Mahimahi trace's opportunities instead of at `rateBps` (`trace:`); absent for a fixed rate. */
  trace?: ResolvedTrace;
  /** Frames handed to the far end in bursts (`aggregate:`); absent when one by one. */
  aggregate?: { everyNs: number } | { frames: number; timeoutNs: number };
  /** A token bucket in front of the queue (`policer:`); absent when none. */
  policer?: { rateBps: number; burstBytes: number };
  /** Settings that change during the run (`schedule:`); absent when they stay, so the resolved form (and digest) is as before. */
  schedule?: ResolvedSchedule;
}

/** A Mahimahi trace file: as the scenario gives it (relative to the scenario file) and its content's hash. */
export interface ResolvedTrace {
  source: string;
  sha256: string;
}

/** A change of a direction's settings at `atNs` after the experiment's start; what a step does not give stays as it was. */
export interface ResolvedScheduleStep {
  atNs: number;
  rateBps?: number;
  delayNs?: number;
  /** The loss model from then on (`loss: 0` is a Bernoulli loss of 0). */
  loss?: ResolvedLoss;
  /** The queue's new limit; its kind stays, and the limit not given takes the kind's default. */
  queue?: { limitPackets?: number; limitBytes?: number };
}

/** Steps sorted by time; with `repeatNs`, they apply again every `repeatNs` (each within it). */
export interface ResolvedSchedule {
  steps: ResolvedScheduleStep[];
  repeatNs?: number;
}

export interface ResolvedLink {
  name: string;
  ends: [NodeRef, NodeRef];
  directions: [ResolvedDirection, ResolvedDirection];
  pcap: boolean;
  /** Bin width of the link's throughput trace, or 0 for none. */
  throughputIntervalNs: number;
  /** Taps written to pcap/<name>.pcapng, one interface per tap and direction; absent when none. */
  capture?: CaptureTap[];
  /** Record every queue event of both directions (`queue_trace: true`); absent when off, so the digest of other links stays. */
  queueTrace?: true;
  /** Largest IP packet the link carries, in bytes; absent for 1500 (sections/mtu.ts). */
  mtu?: number;
}

/** Something done through a guest's relay agent at a moment of the experiment. */
export interface ResolvedAction {
  /** Position in the file, which also orders actions at the same instant. */
  index: number;
  /** After the experiment's time 0. */
  atNs: number;
  host: number;
  /** timeoutNs: the program's process group is killed then (absent: no timeout). */
  op: { kind: 'exec'; argv: string[]; timeoutNs?: number } | { kind: 'sysctl'; key: string; value: string };
  /** An exec whose stdout is one JSON document (iperf3 -J): summary.json carries it parsed. */
  output?: 'json';
}

/** What every workload has (TCP and UDP flows, request/response): scenario/sections/endpoints.ts checks it. */
export interface ResolvedWorkload {
  id: string;
  /** The sender; a request/response workload's client. */
  from: number;
  /** The receiver; a request/response workload's server. */
  to: number;
  /** The receiver's first address. */
  toIp: string;
  port: number;
  /** After the moment every guest is ready (the experiment's time 0); a UDP receiver binds then, its sender starts 10 ms later. */
  startNs: number;
  /** How often its trace is sampled. */
  sampleIntervalNs: number;
}

export interface ResolvedFlow extends ResolvedWorkload {
  /** Bytes to send, or until the end of the run. */
  bytes: number | 'until_end';
  /** Congestion control for this socket; undefined keeps the kernel's default. */
  cc: string | undefined;
}

/** A paced UDP flow (`udp_flows:`), run by the agents' traffic generators. */
export interface ResolvedUdpFlow extends ResolvedWorkload {
  /** How long the sender sends. */
  durationNs: number;
  /** While on: payload bits per second. */
  rateBps: number;
  datagramBytes: number;
  /** Absent for constant bit rate. */
  onOff?: OnOff;
}

/** A request/response workload (`request_response:`) over one TCP connection. */
export interface ResolvedRequestResponse extends ResolvedWorkload {
  count: number;
  /** closed_loop: each request after the previous response; poisson: on a schedule whatever is outstanding. */
  arrival: 'closed_loop' | 'poisson';
  /** Poisson: mean time between requests; closed loop: mean think time (absent: none). */
  meanGapNs?: number;
  requestSize: SizeDistribution;
  responseSize: SizeDistribution;
  cc: string | undefined;
}

export interface ResolvedScenario {
  name: string;
  file: string;
  seed: number;
  /** Experiment length, counted from the moment every guest is ready. */
  durationNs: number;
  sync: 'parallel' | 'lockstep';
  /** Write timeline.json (`timeline: true`); absent when off, so other scenarios' digests stay. */
  timeline?: true;
  hosts: ResolvedHost[];
  /** VMs holding virtual IP hosts; absent when there are none (so other scenarios' digests stay). */
  vms?: ResolvedVm[];
  switches: ResolvedSwitch[];
  links: ResolvedLink[];
  flows: ResolvedFlow[];
  /** Absent when there are none, so other scenarios' resolved form (and digest) stays as it was. */
  udpFlows?: ResolvedUdpFlow[];
  requestResponse?: ResolvedRequestResponse[];
  actions: ResolvedAction[];
}

/**
 * A kernel a scenario may name, and the Debian suite its guest packages come
 * from (images/kernels.lock, which the caller reads: the compiler reads no
 * files of the images layer).
 */
export interface KernelChoice {
  version: string;
  suite: string;
}

// A scenario after compilation: every unit converted (ns, bit/s, bytes),
// every default filled, every reference resolved. The engine never sees YAML.

export interface ResolvedHost {
  name: string;
  index: number;
  /** Kernel version name from images/kernels.lock ("6.1"). */
  kernel: string;
  memoryMiB: number;
  icountShift: number;
  /** Applied through the relay agent when the guest is up, in file order. */
  sysctls: [string, string][];
  /** eth0's address and prefix length. */
  ip: string;
  prefixLength: number;
  mac: string;
}

export type ResolvedLoss =
  | { kind: 'bernoulli'; lossProbability: number }
  | { kind: 'gilbert_elliott'; p: number; r: number; lossInGood: number; lossInBad: number };

/** One direction of a link: frames from `from` to `to`. */
export interface ResolvedDirection {
  /** Seeding and reporting name, e.g. "bottleneck:sender->receiver". */
  id: string;
  from: number;
  to: number;
  rateBps: number;
  delayNs: number;
  queue: { limitPackets?: number; limitBytes?: number };
  loss: ResolvedLoss | undefined;
}

export interface ResolvedLink {
  name: string;
  hosts: [number, number];
  directions: [ResolvedDirection, ResolvedDirection];
  pcap: boolean;
}

export interface ResolvedFlow {
  id: string;
  from: number;
  to: number;
  toIp: string;
  port: number;
  /** After the moment every guest is ready (the experiment's time 0). */
  startNs: number;
  /** Bytes to send, or until the end of the run. */
  bytes: number | 'until_end';
  /** Congestion control for this socket; undefined keeps the kernel's default. */
  cc: string | undefined;
  sampleIntervalNs: number;
}

export interface ResolvedScenario {
  name: string;
  file: string;
  seed: number;
  /** Experiment length, counted from the moment every guest is ready. */
  durationNs: number;
  sync: 'parallel' | 'lockstep';
  hosts: ResolvedHost[];
  links: ResolvedLink[];
  flows: ResolvedFlow[];
}

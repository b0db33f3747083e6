// A queue discipline's configuration: each kind's parameters, with units in
// their names, and their defaults, declared once below both their readers.
// The scenario compiler (scenario/sections/queue.ts) resolves `queue:` into
// a QueueConfig; net/queue-factory.ts builds the queue from it, and each
// kind's file in net/ fills in what was not given from the defaults here.

export type QueueKind = 'drop_tail' | 'red' | 'codel' | 'fq_codel';

/** How much a queue may hold, in frames and/or bytes; a frame that would pass either limit is dropped. */
export interface QueueLimits {
  /** Most frames held (default: QUEUE_LIMIT_DEFAULTS for the kind). */
  limitPackets?: number;
  /** Most bytes held (default: QUEUE_LIMIT_DEFAULTS for the kind). */
  limitBytes?: number;
}

/**
 * Each kind's limits when none are given: drop-tail's and RED's 100 frames
 * are ns-3's "100p"; CoDel's and FQ-CoDel's are Linux's (FQ-CoDel's 32 MiB
 * is its memory_limit).
 */
export const QUEUE_LIMIT_DEFAULTS: Readonly<Record<QueueKind, Readonly<Required<QueueLimits>>>> = {
  drop_tail: { limitPackets: 100, limitBytes: Infinity },
  red: { limitPackets: 100, limitBytes: Infinity },
  codel: { limitPackets: 1000, limitBytes: Infinity },
  fq_codel: { limitPackets: 10240, limitBytes: 32 * 2 ** 20 },
};

/** Drop-tail has its limits only. */
export type DropTailQueueOptions = QueueLimits;

export interface RedQueueOptions extends QueueLimits {
  /** Average depth in packets where early drops start (default 5). */
  minThPackets?: number;
  /** Average depth in packets where the probability reaches maxP (default 15). */
  maxThPackets?: number;
  /** Drop probability at maxTh (default 0.1). */
  maxP?: number;
  /** Weight of each sample in the average, w_q (default 0.002). */
  weight?: number;
  /** Ramp from maxP to 1 between maxTh and 2 maxTh instead of dropping all above maxTh (default true). */
  gentle?: boolean;
  /** Set CE on ECN-capable frames instead of early drops; forced drops stay drops (default false). */
  ecn?: boolean;
  /** How long one typical packet takes on the link, for the idle-time decay (default: no decay). */
  idlePacketNs?: number;
}

/** RED's parameters when not given (ns-3's and Linux's usual values). */
export const RED_DEFAULTS = { minThPackets: 5, maxThPackets: 15, maxP: 0.1, weight: 0.002, gentle: true, ecn: false } as const;

/** CoDel's parameters, for CoDel and for each flow of FQ-CoDel. */
export interface CodelOptions {
  /** Acceptable standing sojourn time (default 5 ms). */
  targetNs?: number;
  /** Window over which the sojourn must stay above target, about a worst-case RTT (default 100 ms). */
  intervalNs?: number;
  /** Set CE on ECN-capable frames instead of dropping them (default: CODEL_DEFAULTS.ecn for the kind). */
  ecn?: boolean;
  /** A frame of the link's MTU (default 1514: 1500 bytes of IP and the Ethernet header). */
  mtuBytes?: number;
}

/** ECN is off by default in CoDel and on in FQ-CoDel, as in Linux. */
export const CODEL_DEFAULTS = { targetNs: 5_000_000, intervalNs: 100_000_000, mtuBytes: 1514, ecn: { codel: false, fq_codel: true } } as const;

export type CodelQueueOptions = QueueLimits & CodelOptions;

/** Limits count over all flows. */
export interface FqCodelQueueOptions extends QueueLimits, CodelOptions {
  /** Number of flow queues (default 1024). */
  flows?: number;
  /** Bytes a flow may send per round (default 1514). */
  quantumBytes?: number;
}

/** The defaults of the keys FQ-CoDel adds to CoDel's (Linux's). */
export const FQ_CODEL_DEFAULTS = { flows: 1024, quantumBytes: 1514 } as const;

/**
 * A queue's kind and parameters, as the scenario resolves them and as tests
 * give them. Without a kind it is drop-tail (the scenario's `queue: 100p`),
 * which the compiler resolves with no kind, so its resolved form (and
 * digest) is as before AQMs.
 */
export type QueueConfig =
  | ({ kind?: 'drop_tail' } & DropTailQueueOptions)
  | ({ kind: 'red' } & RedQueueOptions)
  | ({ kind: 'codel' } & CodelQueueOptions)
  | ({ kind: 'fq_codel' } & FqCodelQueueOptions);

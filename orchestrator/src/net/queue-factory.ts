// Builds a queue discipline from its configuration: one place that knows
// every kind. A new kind is a class implementing Queue (queue.ts) and one
// case here; its parameters and defaults go in sim/queue-config.ts, its
// scenario keys in scenario/sections/queue.ts.

import type { QueueConfig } from '../sim/queue-config.js';
import { streamFor } from '../sim/random.js';
import { CodelQueue } from './codel-queue.js';
import { DropTailQueue } from './drop-tail-queue.js';
import { FqCodelQueue } from './fq-codel-queue.js';
import type { Clock, Queue } from './queue.js';

export type { QueueConfig } from '../sim/queue-config.js';
import { RedQueue } from './red-queue.js';

export interface QueueEnvironment {
  /** Simulated time: sojourn times, CoDel's control law, RED's idle decay. */
  clock: Clock;
  /** The scenario seed: a random queue draws from its own stream, named after the queue. */
  seed: number;
  /** The rate of the link the queue feeds, for RED's idle-time decay. */
  rateBps?: number;
  /** Longest untagged frame the link carries (its MTU + 14): longer ones are dropped, and CoDel's "one MTU" is this. Default: any, and 1514 for CoDel. */
  maxFrameBytes?: number;
}

/** RED decays its average over idle time as if packets of this size had left (tc's default avpkt). */
export const RED_MEAN_PACKET_BYTES = 1000;

export function createQueue(config: QueueConfig, name: string, env: QueueEnvironment): Queue {
  const queue = createDiscipline(config, name, env);
  if (env.maxFrameBytes !== undefined) queue.maxFrameBytes = env.maxFrameBytes;
  return queue;
}

function createDiscipline(config: QueueConfig, name: string, env: QueueEnvironment): Queue {
  const mtu = env.maxFrameBytes === undefined ? {} : { mtuBytes: env.maxFrameBytes };
  switch (config.kind) {
    case undefined:
    case 'drop_tail':
      return new DropTailQueue(config, name, env.clock);
    case 'red': {
      const idlePacketNs = config.idlePacketNs ?? (env.rateBps ? Math.ceil((RED_MEAN_PACKET_BYTES * 8 * 1e9) / env.rateBps) : undefined);
      return new RedQueue({ ...config, ...(idlePacketNs ? { idlePacketNs } : {}) }, name, env.clock, streamFor(env.seed, `red:${name}`));
    }
    case 'codel':
      return new CodelQueue({ ...mtu, ...config }, name, env.clock);
    case 'fq_codel':
      return new FqCodelQueue({ ...mtu, ...config }, name, env.clock, streamFor(env.seed, `fq_codel:${name}`));
  }
}

// A host's view of its VM's relay agent. A host of its own is its VM, so it
// uses the client as is; a virtual IP host shares its VM's agent and every
// request that binds to a network namespace (socket, sysctl, exec) carries
// the host's. A socket stays in the namespace it was opened in, so requests
// on its fd need nothing more.

import type { RelayClient } from '../relay/relay-client.js';
import type { RequestOp } from '../relay/relay-types.js';

/** What flow and action runners need from a host's relay: issuing requests. */
export type HostRelay = Pick<RelayClient, 'issue'>;

/** The requests that act in a namespace (relay.proto's `netns` fields). */
const IN_NETNS = ['socket', 'sysctlGet', 'sysctlSet', 'exec'];

export function hostRelay(client: RelayClient, netns: string): HostRelay {
  if (!netns) return client;
  return {
    issue: (op, onReply, options) => client.issue(withNetns(op, netns), onReply, options),
  };
}

/** `op` with `netns` set, when it is a request that takes one. */
export function withNetns(op: RequestOp, netns: string): RequestOp {
  const [name, body] = Object.entries(op)[0] ?? [];
  if (!name || !body || !IN_NETNS.includes(name)) return op;
  return { [name]: { ...body, netns } };
}

// A host's view of its VM's relay agent. A host of its own is its VM, so it
// uses the client as is; a virtual IP host shares its VM's agent and every
// request that binds to a network namespace (socket, sysctl, exec) carries
// the host's. A socket stays in the namespace it was opened in, so requests
// on its fd need nothing more.

import type { RelayClient } from '../relay/relay-client.js';
import type { RequestOp } from '../relay/relay-messages.js';

/** What flow and action runners need from a host's relay: issuing requests. */
export type HostRelay = Pick<RelayClient, 'issue'>;

export function hostRelay(client: RelayClient, netns: string): HostRelay {
  if (!netns) return client;
  return {
    issue: (op, onReply, options) => client.issue(withNetns(op, netns), onReply, options),
  };
}

/** `op` with `netns` set, when it is a request that acts in a namespace (relay.proto's `netns` fields). */
export function withNetns(op: RequestOp, netns: string): RequestOp {
  if (op.socket) return { socket: { ...op.socket, netns } };
  if (op.sysctlGet) return { sysctlGet: { ...op.sysctlGet, netns } };
  if (op.sysctlSet) return { sysctlSet: { ...op.sysctlSet, netns } };
  if (op.exec) return { exec: { ...op.exec, netns } };
  return op;
}

// The real relay agent binary, run on the host over pipes, behind the real
// client. These tests exercise the agent's logic against the host kernel;
// test/integration/relay/ runs it inside guests.

import { spawn, type ChildProcess } from 'node:child_process';
import { checkBuild } from '../../../orchestrator/src/setup/build-check.js';
import { RelayClient } from '../../../orchestrator/src/relay/relay-client.js';
import type { AgentHello, TcpInfo } from '../../../orchestrator/src/relay/relay-messages.js';

export interface HostAgent {
  client: RelayClient;
  child: ChildProcess;
  hello: Promise<AgentHello>;
  samples: { id: number; info: TcpInfo }[];
  agentErrors: string[];
  /** Write raw bytes, bypassing the client (for malformed-input tests). */
  raw(bytes: Uint8Array): void;
  stop(): void;
}

export function agentBinary(): string {
  const r = checkBuild('relay-agent/build.sh');
  if (!r.ok) throw new Error(`the relay agent is not built (${r.reason}); run relay-agent/build.sh`);
  return r.path;
}

export function startHostAgent(): HostAgent {
  const child = spawn(agentBinary(), ['-'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const samples: HostAgent['samples'] = [];
  const agentErrors: string[] = [];
  let helloResolve: (h: AgentHello) => void = () => undefined;
  const hello = new Promise<AgentHello>((r) => (helloResolve = r));
  const client = new RelayClient('host', (b) => child.stdin!.write(b), {
    hello: helloResolve,
    sample: (id, info) => samples.push({ id, info }),
    agentError: (m) => agentErrors.push(m),
  });
  child.stdout!.on('data', (d: Buffer) => client.receive(d));
  return {
    client,
    child,
    hello,
    samples,
    agentErrors,
    raw: (b) => child.stdin!.write(b),
    stop: () => {
      child.stdin!.end();
      child.kill();
    },
  };
}

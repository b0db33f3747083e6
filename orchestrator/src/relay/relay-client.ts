// The orchestrator's side of the relay channel, independent of transport:
// requests are encoded into a `send` sink (the engine carries the bytes to the
// guest at an exact simulated time) and replies are fed in with `receive`.
// Each request returns a promise settled by the reply with its id; a failure
// inside the guest rejects with a GuestError carrying the errno name.

import protobuf from 'protobufjs';
import { GuestError, ProtocolError } from '../errors.js';
import type { AgentHello, Done, ExecResult, OpName, ReplyBody, ReplyKind, RequestOp, TcpInfo, TrafficReport } from './relay-messages.js';
import { Family, opName, Reply, Request, ShutdownHow, SocketType } from './relay-messages.js';
import { IPPROTO_TCP, TCP_CONGESTION } from './socket-options.js';

const MAX_FRAME = 1 << 20;
const DECODE_OPTIONS = { longs: Number, defaults: true, oneofs: true } as const;

interface Pending {
  op: OpName;
  /** Its reply may make the orchestrator issue more requests (a callback that chains, or a promise). */
  reacts: boolean;
  /** Settled through a promise, whose continuation runs later. */
  viaPromise: boolean;
  resolve: (r: ReplyBody) => void;
  reject: (e: Error) => void;
  onReply: ((r: ReplyBody) => void) | undefined;
  /** Progress reports (a traffic request's non-final TrafficReport) before the reply. */
  onProgress: ((r: TrafficReport) => void) | undefined;
}

export interface RelayEvents {
  hello?: (hello: AgentHello) => void;
  /** A TCP_INFO sample from the sampler started by request `samplerId`. */
  sample?: (samplerId: number, info: TcpInfo) => void;
  /** An error the agent reported about no request in particular (a malformed frame). */
  agentError?: (message: string) => void;
}

export interface ExecOptions {
  env?: string[];
  /** A virtual host's network namespace to run in. */
  netns?: string;
  /** Guest time after which the program's process group is killed (result: timedOut); 0 or absent: none. */
  timeoutNs?: number;
}

export class RelayClient {
  readonly vm: string;
  readonly #send: (bytes: Uint8Array) => void;
  readonly #events: RelayEvents;
  readonly #pending = new Map<number, Pending>();
  readonly #samplers = new Set<number>();
  #reacting = 0;
  #helloSeen = false;
  #turnWanted = false;
  #nextId = 1;
  #buf: Uint8Array = new Uint8Array(0);
  #offset = 0;

  constructor(vm: string, send: (bytes: Uint8Array) => void, events: RelayEvents = {}) {
    this.vm = vm;
    this.#send = send;
    this.#events = events;
  }

  /** Bytes the agent wrote, in order. */
  receive(chunk: Uint8Array): void {
    this.#buf = this.#buf.length === 0 ? chunk : Buffer.concat([this.#buf, chunk]);
    let pos = 0;
    for (;;) {
      const reader = protobuf.Reader.create(this.#buf.subarray(pos));
      let len: number;
      try {
        len = reader.uint32();
      } catch {
        break; // length prefix incomplete
      }
      if (len > MAX_FRAME) throw new ProtocolError(this.vm, 'relay reply', this.#offset + pos, `frame of ${len} bytes is over ${MAX_FRAME}`);
      if (reader.len - reader.pos < len) break;
      const start = pos + reader.pos;
      let id: number;
      let reply: ReplyBody | undefined;
      try {
        const obj = Reply.toObject(Reply.decode(this.#buf.subarray(start, start + len)), DECODE_OPTIONS);
        const body = obj.body as ReplyKind | undefined;
        id = obj.id as number;
        // toObject's result is untyped; with `oneofs` it names the body present, decoded as ReplyBody describes.
        reply = body && ({ body, [body]: obj[body] } as ReplyBody);
      } catch (err) {
        throw new ProtocolError(this.vm, 'relay reply', this.#offset + pos, `undecodable reply: ${(err as Error).message}`, { cause: err });
      }
      this.#dispatch(id, reply);
      pos = start + len;
    }
    this.#offset += pos;
    this.#buf = this.#buf.subarray(pos);
  }

  /**
   * Whether something this agent may still send could make the orchestrator
   * issue a request: its hello, or the reply to a request whose handler
   * reacts. While it may, a VM's horizon stays within the relay's reaction
   * time of this VM's next output (run/relay-transport.ts).
   */
  get mayReact(): boolean {
    return this.#reacting > 0 || (this.#events.hello !== undefined && !this.#helloSeen);
  }

  /** True once after a reply settled a promise: its continuation should run before simulated time moves on. */
  takeTurnWanted(): boolean {
    const wanted = this.#turnWanted;
    this.#turnWanted = false;
    return wanted;
  }

  /** Send one request; the promise settles with its reply. */
  request(op: RequestOp): Promise<ReplyBody> {
    return this.#request(op).reply;
  }

  /** Send one request: its id, and a promise settled with its reply. */
  #request(op: RequestOp): { id: number; reply: Promise<ReplyBody> } {
    let id = 0;
    const reply = new Promise<ReplyBody>((resolve, reject) => {
      id = this.#issue(op, { resolve, reject, onReply: undefined, onProgress: undefined, reacts: true, viaPromise: true });
    });
    return { id, reply };
  }

  /**
   * Send one request whose reply is handled by `onReply`, run synchronously
   * inside the `receive` call that brings it. A simulation reacts there at
   * exactly the simulated time the reply arrived (promise continuations run
   * later). Returns the request id.
   *
   * `reacts: false` promises that `onReply` issues no request: then an
   * outstanding request does not hold the VMs within the relay's reaction
   * time of this guest (a bulk write that runs to the end of the run).
   * `onProgress` gets a traffic request's progress reports, in the same way
   * (they never issue requests).
   */
  issue(op: RequestOp, onReply: (r: ReplyBody) => void, options: { reacts?: boolean; onProgress?: (r: TrafficReport) => void } = {}): number {
    return this.#issue(op, { resolve: () => undefined, reject: () => undefined, onReply, onProgress: options.onProgress, reacts: options.reacts ?? true, viaPromise: false });
  }

  #issue(op: RequestOp, handlers: Omit<Pending, 'op'>): number {
    const id = this.#nextId++;
    const name = opName(op);
    if (name === 'sampleTcpInfo') this.#samplers.add(id);
    const bytes = Request.encodeDelimited(Request.fromObject({ id, ...op })).finish();
    this.#pending.set(id, { op: name, ...handlers });
    if (handlers.reacts) this.#reacting++;
    this.#send(bytes);
    return id;
  }

  /** Fail every outstanding request, e.g. when the guest is gone. */
  failAll(reason: string): void {
    for (const [id, p] of this.#pending) {
      this.#pending.delete(id);
      if (p.reacts) this.#reacting--;
      p.reject(new GuestError(this.vm, p.op, reason));
    }
  }

  get outstanding(): number {
    return this.#pending.size;
  }

  /** `netns`: the virtual host (network namespace) to open it in; the agent's own when absent. */
  async socket(type: 'tcp' | 'udp' = 'tcp', family: 'inet' | 'inet6' = 'inet', netns = ''): Promise<number> {
    return (await this.#done({ socket: { type: type === 'udp' ? SocketType.UDP : SocketType.TCP, family: family === 'inet6' ? Family.INET6 : Family.INET, netns } })).fd;
  }
  async bind(fd: number, addr: string, port: number): Promise<void> {
    await this.#done({ bind: { fd, addr, port } });
  }
  async listen(fd: number, backlog = 16): Promise<void> {
    await this.#done({ listen: { fd, backlog } });
  }
  async accept(fd: number): Promise<{ fd: number; peer: string }> {
    const d = await this.#done({ accept: { fd } });
    return { fd: d.fd, peer: d.text };
  }
  async connect(fd: number, addr: string, port: number): Promise<void> {
    await this.#done({ connect: { fd, addr, port } });
  }
  async setsockopt(fd: number, level: number, name: number, value: number | string): Promise<void> {
    await this.#done({ setsockopt: { fd, level, name, ...(typeof value === 'string' ? { stringValue: value } : { intValue: value }) } });
  }
  async getsockopt(fd: number, level: number, name: number): Promise<number> {
    return (await this.#done({ getsockopt: { fd, level, name } })).value;
  }
  async setCongestionControl(fd: number, name: string): Promise<void> {
    await this.setsockopt(fd, IPPROTO_TCP, TCP_CONGESTION, name);
  }
  async congestionControl(fd: number): Promise<string> {
    return (await this.#done({ getsockopt: { fd, level: IPPROTO_TCP, name: TCP_CONGESTION, asString: true } })).text;
  }
  async tcpInfo(fd: number): Promise<TcpInfo> {
    const r = await this.#expect('tcpInfo', { tcpInfo: { fd } });
    return r.tcpInfo;
  }
  async write(fd: number, data: Uint8Array): Promise<number> {
    return (await this.#done({ write: { fd, data } })).bytes;
  }
  async writeGenerated(fd: number, bytes: number): Promise<number> {
    return (await this.#done({ writeGenerated: { fd, bytes } })).bytes;
  }
  async read(fd: number, maxBytes = 65536): Promise<Uint8Array> {
    return (await this.#done({ read: { fd, maxBytes } })).data;
  }
  async readDiscard(fd: number): Promise<number> {
    return (await this.#done({ readDiscard: { fd } })).bytes;
  }
  async close(fd: number): Promise<void> {
    await this.#done({ close: { fd } });
  }
  async shutdown(fd: number, how: 'read' | 'write' | 'both' = 'write'): Promise<void> {
    await this.#done({ shutdown: { fd, how: how === 'read' ? ShutdownHow.READ : how === 'write' ? ShutdownHow.WRITE : ShutdownHow.BOTH } });
  }
  async sysctlGet(key: string, netns = ''): Promise<string> {
    return (await this.#done({ sysctlGet: { key, netns } })).text;
  }
  async sysctlSet(key: string, value: string, netns = ''): Promise<void> {
    await this.#done({ sysctlSet: { key, value, netns } });
  }
  /** A virtual IP host: a network namespace kept at /run/netns/<name>, loopback up. */
  async netnsCreate(name: string): Promise<void> {
    await this.#done({ netnsCreate: { name } });
  }
  /** An 802.1Q sub-interface of `parent` created inside namespace `netns` as `name`, up. */
  async vlanCreate(v: { parent: string; vlanId: number; name: string; netns: string; mac?: string }): Promise<void> {
    await this.#done({ vlanCreate: { parent: v.parent, vlanId: v.vlanId, name: v.name, netns: v.netns, mac: v.mac ?? '' } });
  }
  async exec(argv: string[], options: ExecOptions = {}): Promise<ExecResult> {
    return this.startExec(argv, options).result;
  }
  /** Start a program; `id` is what execCancel takes, `result` settles once it ended. */
  startExec(argv: string[], options: ExecOptions = {}): { id: number; result: Promise<ExecResult> } {
    const op: RequestOp = { exec: { argv, env: options.env ?? [], netns: options.netns ?? '', timeoutNs: options.timeoutNs ?? 0 } };
    const { id, reply } = this.#request(op);
    return { id, result: reply.then((r) => this.#check('exec', op, r).exec) };
  }
  /** Kill the process group of the program exec request `execId` started (its result says cancelled). */
  async execCancel(execId: number): Promise<void> {
    await this.#done({ execCancel: { execId } });
  }
  /** Start periodic TCP_INFO samples; returns the sampler id the `sample` event carries. */
  async sampleTcpInfo(fd: number, intervalNs: number): Promise<number> {
    const op: RequestOp = { sampleTcpInfo: { fd, intervalNs } };
    const { id, reply } = this.#request(op);
    this.#check('done', op, await reply);
    return id;
  }

  async #done(op: RequestOp): Promise<Done> {
    return (await this.#expect('done', op)).done;
  }

  async #expect<K extends ReplyKind>(kind: K, op: RequestOp): Promise<Extract<ReplyBody, { body: K }>> {
    return this.#check(kind, op, await this.request(op));
  }

  /** `r` when it is a `kind` reply; a GuestError when the request failed in the guest. */
  #check<K extends ReplyKind>(kind: K, op: RequestOp, r: ReplyBody): Extract<ReplyBody, { body: K }> {
    if (r.body === 'error') {
      throw new GuestError(this.vm, r.error.op || opName(op), `${r.error.errnoName}: ${r.error.message}`, { errno: r.error.errnoName });
    }
    if (r.body !== kind) throw new ProtocolError(this.vm, 'relay reply', this.#offset, `expected ${kind}, got ${r.body}`);
    return r as Extract<ReplyBody, { body: K }>;
  }

  #dispatch(id: number, reply: ReplyBody | undefined): void {
    if (!reply) throw new ProtocolError(this.vm, 'relay reply', this.#offset, 'reply without a body');
    if (reply.body === 'hello') {
      this.#helloSeen = true;
      this.#events.hello?.(reply.hello);
      return;
    }
    if (reply.body === 'tcpInfo' && this.#samplers.has(id) && !this.#pending.has(id)) {
      this.#events.sample?.(id, reply.tcpInfo);
      return;
    }
    const p = this.#pending.get(id);
    if (p && reply.body === 'traffic' && !reply.traffic.final) {
      p.onProgress?.(reply.traffic);
      return;
    }
    if (!p) {
      // Errors about no request (a malformed frame), or late replies to
      // requests already failed by failAll: reported, not fatal.
      if (reply.body === 'error') this.#events.agentError?.(`${reply.error.errnoName}: ${reply.error.message}`);
      else this.#events.agentError?.(`reply to unknown request ${id}`);
      return;
    }
    this.#pending.delete(id);
    if (p.reacts) this.#reacting--;
    if (p.viaPromise) this.#turnWanted = true;
    p.onReply?.(reply);
    p.resolve(reply);
  }
}

// The relay messages as TypeScript types, all derived from the code that
// protobufjs's generator made from relay-agent/relay.proto (generated/, kept
// in step with it by `npm run relay:generate` and a drift test). Requests are
// a union with one member per operation of Request's oneof; replies are typed
// as the client decodes them: longs as numbers, every default filled in.

import type { Long } from 'protobufjs';
import { cosim } from './generated/relay.js';

type RequestFields = cosim.relay.Request.$Properties;

/** The generated encoder and decoder of the two messages on the channel. */
export const Request = cosim.relay.Request;
export const Reply = cosim.relay.Reply;

/** The name of one operation of Request's oneof `op` (`socket`, `bind`, ...). */
export type OpName = NonNullable<RequestFields['op']>;

/** One request's operation: exactly one field of Request's oneof, with its message. */
export type RequestOp = {
  [K in OpName]: { [P in K]: NonNullable<RequestFields[P]> } & { [P in Exclude<OpName, K>]?: never };
}[OpName];

export function opName(op: RequestOp): OpName {
  return Object.keys(op)[0] as OpName;
}

/** Socket.type (relay.proto's enum). */
export const SocketType = cosim.relay.SocketType;
export type SocketType = cosim.relay.SocketType;
/** Socket.family (relay.proto's enum). */
export const Family = cosim.relay.Family;
export type Family = cosim.relay.Family;

/** Shutdown.how: relay.proto keeps it an int32 with Linux's SHUT_* values (the agent passes it through). */
export const ShutdownHow = { READ: 0, WRITE: 1, BOTH: 2 } as const;
export type ShutdownHow = (typeof ShutdownHow)[keyof typeof ShutdownHow];

/** A message's fields as decoded: each present, longs as numbers, messages decoded alike. */
export type Decoded<T> = { [K in Exclude<keyof T, '$unknowns'>]-?: DecodedValue<NonNullable<T[K]>> };
type DecodedValue<V> = V extends Long ? number : V extends Uint8Array ? V : V extends (infer E)[] ? DecodedValue<E>[] : V extends object ? Decoded<V> : V;

type ReplyFields = cosim.relay.Reply.$Properties;
/** The name of one body of Reply's oneof `body` (`done`, `error`, ...). */
export type ReplyKind = NonNullable<ReplyFields['body']>;

/** A reply as the client hands it on: which body it has, and that body. */
export type ReplyBody = {
  [K in ReplyKind]: { body: K } & { [P in K]: Decoded<NonNullable<ReplyFields[P]>> };
}[ReplyKind];

export type TcpInfo = Decoded<cosim.relay.TcpInfo.$Properties>;
export type Done = Decoded<cosim.relay.Done.$Properties>;
export type ExecResult = Decoded<cosim.relay.ExecResult.$Properties>;
export type AgentHello = Decoded<cosim.relay.Hello.$Properties>;
export type RelayErrorBody = Decoded<cosim.relay.Error.$Properties>;
/** What a traffic request (udpSend, udpReceive, rrServe, rrClient) did so far; see relay.proto. */
export type TrafficReport = Decoded<cosim.relay.TrafficReport.$Properties>;

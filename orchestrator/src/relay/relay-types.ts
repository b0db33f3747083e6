// Plain TypeScript shapes of the relay messages (relay-agent/relay.proto), as
// protobufjs decodes them with longs as numbers and every default filled in.

export interface TcpInfo {
  infoLength: number;
  monotonicNs: number;
  state: number;
  caState: number;
  retransmits: number;
  probes: number;
  backoff: number;
  options: number;
  rto: number;
  ato: number;
  sndMss: number;
  rcvMss: number;
  unacked: number;
  sacked: number;
  lost: number;
  retrans: number;
  lastDataSent: number;
  lastAckRecv: number;
  pmtu: number;
  rcvSsthresh: number;
  rtt: number;
  rttvar: number;
  sndSsthresh: number;
  sndCwnd: number;
  advmss: number;
  reordering: number;
  rcvRtt: number;
  rcvSpace: number;
  totalRetrans: number;
  pacingRate: number;
  bytesAcked: number;
  bytesReceived: number;
  segsOut: number;
  segsIn: number;
  notsentBytes: number;
  minRtt: number;
  dataSegsOut: number;
  deliveryRate: number;
  busyTime: number;
  delivered: number;
  bytesSent: number;
  bytesRetrans: number;
  sndWnd: number;
}

export interface Done {
  fd: number;
  value: number;
  text: string;
  data: Uint8Array;
  bytes: number;
}

export interface ExecResult {
  exitCode: number;
  signal: number;
  stdout: Uint8Array;
  stderr: Uint8Array;
}

export interface RelayErrorBody {
  errnoName: string;
  message: string;
  op: string;
}

export interface AgentHello {
  kernelRelease: string;
  agentVersion: string;
}

/** What a traffic request (udpSend, udpReceive, rrServe, rrClient) did so far; see relay.proto. */
export interface TrafficReport {
  final: boolean;
  monotonicNs: number;
  count: number;
  bytes: number;
  errors: number;
  firstError: string;
  firstIndex: number;
  dueNs: number[];
  completedNs: number[];
}

export type ReplyBody =
  | { body: 'done'; done: Done }
  | { body: 'traffic'; traffic: TrafficReport }
  | { body: 'tcpInfo'; tcpInfo: TcpInfo }
  | { body: 'exec'; exec: ExecResult }
  | { body: 'hello'; hello: AgentHello }
  | { body: 'error'; error: RelayErrorBody };

/** One operation of a Request: the oneof field name and its message. */
export type RequestOp = Record<string, Record<string, unknown>>;

/** Socket option numbers the scenarios use (Linux values). */
export const SOL_SOCKET = 1;
export const IPPROTO_TCP = 6;
export const SO_SNDBUF = 7;
export const SO_RCVBUF = 8;
export const TCP_NODELAY = 1;
export const TCP_CONGESTION = 13;

// Writes the fuzzer's seed inputs to relay-agent/fuzz/corpus/seed-*: one
// valid request of every kind, a stream of several, and the framing cases
// (oversized, malformed prefix). Each input is one byte saying where the
// harness splits it into two reads, then channel bytes (varint-delimited
// Requests, encoded by protobufjs from relay.proto as the orchestrator does).
//
//   node relay-agent/fuzz/make-seeds.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

const here = dirname(fileURLToPath(import.meta.url));
const Request = protobuf.loadSync(join(here, '..', 'relay.proto')).lookupType('cosim.relay.Request');
const frame = (req) => Buffer.from(Request.encodeDelimited(Request.fromObject(req)).finish());

const requests = {
  socket: { id: 1, socket: { family: 1, type: 0 } },
  bind: { id: 2, bind: { fd: 3, addr: '10.0.0.1', port: 5001 } },
  listen: { id: 3, listen: { fd: 3, backlog: 16 } },
  accept: { id: 4, accept: { fd: 3 } },
  connect: { id: 5, connect: { fd: 4, addr: 'fe80::1', port: 80 } },
  setsockopt: { id: 6, setsockopt: { fd: 4, level: 6, name: 13, stringValue: 'reno' } },
  setsockopt_int: { id: 7, setsockopt: { fd: 4, level: 1, name: 2, intValue: 1 } },
  getsockopt: { id: 8, getsockopt: { fd: 4, level: 6, name: 13, asString: true } },
  tcp_info: { id: 9, tcpInfo: { fd: 4 } },
  write: { id: 10, write: { fd: 4, data: Buffer.from('hello') } },
  write_generated: { id: 11, writeGenerated: { fd: 4, bytes: 5000000 } },
  read: { id: 12, read: { fd: 4, maxBytes: 1024 } },
  read_discard: { id: 13, readDiscard: { fd: 4 } },
  close: { id: 14, close: { fd: 4 } },
  shutdown: { id: 15, shutdown: { fd: 4, how: 1 } },
  sysctl_get: { id: 16, sysctlGet: { key: 'net.ipv4.tcp_congestion_control' } },
  sysctl_set: { id: 17, sysctlSet: { key: 'net.ipv4.tcp_congestion_control', value: 'cubic' } },
  exec: { id: 18, exec: { argv: ['sh', '-c', 'echo hi'], env: ['PATH=/bin'], netns: 'h1' } },
  sample_tcp_info: { id: 19, sampleTcpInfo: { fd: 4, intervalNs: 10000000 } },
  udp_send: { id: 21, udpSend: { fd: 4, datagramBytes: 1200, intervalNs: 640000, periodsNs: [300000000, 200000000, 300000000], sampleIntervalNs: 100000000 } },
  udp_receive: { id: 22, udpReceive: { fd: 4, sampleIntervalNs: 100000000, durationNs: 2500000000 } },
  rr_serve: { id: 23, rrServe: { fd: 4 } },
  rr_client: { id: 24, rrClient: { fd: 4, requestBytes: [100, 0], responseBytes: [10000, 1], gapNs: [0, 5000000], closedLoop: true, sampleIntervalNs: 100000000 } },
  add_entropy: { id: 25, addEntropy: { data: Buffer.alloc(32, 7) } },
  exec_timeout: { id: 30, exec: { argv: ['sleep', '5'], timeoutNs: 1000000000 } },
  exec_cancel: { id: 31, execCancel: { execId: 30 } },
  socket_netns: { id: 26, socket: { family: 0, type: 1, netns: 'c1' } },
  sysctl_get_netns: { id: 27, sysctlGet: { key: 'net.ipv4.ip_forward', netns: 'r1' } },
  netns_create: { id: 28, netnsCreate: { name: 'c1' } },
  vlan_create: { id: 29, vlanCreate: { parent: 'eth0', vlanId: 12, name: 'eth1', netns: 'r1', mac: '52:54:00:01:00:02' } },
  empty: { id: 20 },
};

const out = join(here, 'corpus');
mkdirSync(out, { recursive: true });
const seed = (name, cut, bytes) => writeFileSync(join(out, `seed-${name}`), Buffer.concat([Buffer.from([cut]), bytes]));
for (const [name, req] of Object.entries(requests)) seed(name, 0xff, frame(req));
const stream = Buffer.concat(Object.values(requests).map(frame));
seed('stream', 0xff, stream);
seed('stream-cut', 7, stream);
// A 2 MiB frame announced (skipped as it arrives), then a request after it in the same read.
seed('oversized', 0xff, Buffer.concat([Buffer.from([0x80, 0x80, 0x80, 0x01]), Buffer.alloc(64), frame(requests.socket)]));
// Ten bytes with the continuation bit: no frame boundary to find.
seed('malformed-prefix', 0xff, Buffer.alloc(12, 0x80));

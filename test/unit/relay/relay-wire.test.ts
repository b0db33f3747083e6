// The bytes of every request form the orchestrator sends, pinned as they
// were before the relay types were generated from relay.proto: the agent,
// and so every guest's simulated time, must see exactly the same frames.

import { describe, expect, it } from 'vitest';
import { RelayClient } from '../../../orchestrator/src/relay/relay-client.js';
import { Family, ShutdownHow, SocketType } from '../../../orchestrator/src/relay/relay-messages.js';
import { SO_RCVBUF, SO_SNDBUF, SOL_SOCKET } from '../../../orchestrator/src/relay/socket-options.js';

/** Each request form once, through the client: the hex of each frame it sends. */
function sentBytes(): string[] {
  const sent: string[] = [];
  const c = new RelayClient('h', (b) => sent.push(Buffer.from(b).toString('hex')));
  const quiet = () => undefined;
  const calls: (() => unknown)[] = [
    () => c.socket(),
    () => c.socket('udp', 'inet6', 'h1'),
    () => c.bind(3, '0.0.0.0', 5001),
    () => c.listen(3),
    () => c.accept(3),
    () => c.connect(4, '10.0.1.2', 5001),
    () => c.setsockopt(4, SOL_SOCKET, SO_SNDBUF, 262144),
    () => c.setCongestionControl(4, 'cubic'),
    () => c.getsockopt(4, SOL_SOCKET, SO_RCVBUF),
    () => c.congestionControl(4),
    () => c.tcpInfo(4),
    () => c.write(4, new Uint8Array([1, 2, 3])),
    () => c.writeGenerated(4, 5_000_000_000),
    () => c.read(4),
    () => c.readDiscard(5),
    () => c.close(4),
    () => c.shutdown(4),
    () => c.shutdown(4, 'read'),
    () => c.shutdown(4, 'both'),
    () => c.sysctlGet('net.core.rmem_max', 'h1'),
    () => c.sysctlSet('net.core.rmem_max', '1000000'),
    () => c.netnsCreate('h1'),
    () => c.vlanCreate({ parent: 'eth0', vlanId: 2, name: 'eth1', netns: 'h1', mac: '52:54:00:00:01:02' }),
    () => c.exec(['/bin/sh', '-c', 'true'], { netns: 'h1' }),
    () => c.sampleTcpInfo(4, 10_000_000),
    () => c.issue({ socket: { type: SocketType.TCP, family: Family.INET } }, quiet),
    () => c.issue({ socket: { type: SocketType.UDP, family: Family.INET } }, quiet),
    () => c.issue({ shutdown: { fd: 4, how: ShutdownHow.WRITE } }, quiet),
    () => c.issue({ sysctlSet: { key: 'a', value: '1' } }, quiet),
    () => c.issue({ addEntropy: { data: new Uint8Array(32).fill(7) } }, quiet),
    () => c.issue({ udpSend: { fd: 4, datagramBytes: 1200, intervalNs: 1_000_000, periodsNs: [5_000_000_000, 1], sampleIntervalNs: 0 } }, quiet),
    () => c.issue({ udpReceive: { fd: 4, sampleIntervalNs: 100_000_000, durationNs: 12_000_000_000 } }, quiet),
    () => c.issue({ rrServe: { fd: 5 } }, quiet),
    () => c.issue({ rrClient: { fd: 4, requestBytes: [100, 0], responseBytes: [1, 70000], gapNs: [0, 1_000_000], closedLoop: true, sampleIntervalNs: 0 } }, quiet),
  ];
  for (const call of calls) {
    const r = call();
    if (r instanceof Promise) r.catch(() => undefined);
  }
  return sent;
}

describe('relay request bytes', () => {
  it('are the ones the agent has always been sent', () => {
    expect(sentBytes()).toEqual(EXPECTED);
  });
});

const EXPECTED: string[] = [
  '0408011200',
  '0c08021208080110011a026831',
  '1208031a0e08031207302e302e302e30188927',
  '080804220408031010',
  '0608052a020803',
  '130806320f0804120831302e302e312e32188927',
  '0e08073a0a08041001180720808010',
  '1108083a0d08041006180d2a056375626963',
  '0a08094206080410011808',
  '0c080a420808041006180d2001',
  '06080b4a020804',
  '0b080c520708041203010203',
  '0c080d5a0808041080e497d012',
  '0a080e6206080410808004',
  '06080f6a020805',
  '06081072020804',
  '0808117a0408041001',
  '0608127a020804',
  '0808137a0408041002',
  '1c08148201170a116e65742e636f72652e726d656d5f6d617812026831',
  '2108158a011c0a116e65742e636f72652e726d656d5f6d6178120731303030303030',
  '090816ca01040a026831',
  '2a0817d201250a046574683010021a0465746831220268312a1135323a35343a30303a30303a30313a3032',
  '1c08189201170a072f62696e2f73680a022d630a04747275651a026831',
  '0c08199a010708041080ade204',
  '04081a1200',
  '06081b12021001',
  '08081c7a0408041001',
  '0b081d8a01060a0161120131',
  '27081ef201220a200707070707070707070707070707070707070707070707070707070707070707',
  '16081fa20111080410b00918c0843d220680e497d01201',
  '120820aa010d08041080c2d72f1880f085da2c',
  '070821b201020805',
  '190822ba01140804120264001a0401f0a204220400c0843d2801',
];

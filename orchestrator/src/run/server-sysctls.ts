// The kernel settings a guest gets by default so that it behaves like a
// server rather than like the small VM it is. Linux sizes some network
// limits from the machine's memory at boot; in a 256 MiB guest they come
// out far below a server's, and they set results (a 1 Gbit/s, 10 ms flow
// was rwnd_limited 98.6% of the time, at 589.5 Mbit/s: docs/limitations.md).
// Each value below is what the stock kernels (5.10, 6.1, 6.12) compute on
// a 16 GiB server (the largest `memory` a host may have), from the same
// formulas. They are applied through the relay agent like a host's own
// `sysctls:`, before them, and a default the host sets itself is not
// applied at all: the host's value wins.
//
// Kept as the guest computes them: the machine-wide pools net.ipv4.tcp_mem
// and udp_mem. They bound what all sockets together may hold, and the
// guest really has only its own memory: a server's pool (1.5 GB) in a
// 256 MiB guest would end in the out-of-memory killer instead of memory
// pressure. Not memory-sized, so already a server's: net.core.rmem_max,
// wmem_max, rmem_default, wmem_default (212992), somaxconn (4096),
// netdev_max_backlog (1000).

import type { ResolvedHost } from '../scenario/types.js';

export interface ServerSysctl {
  key: string;
  value: string;
  /** What a stock 6.1 guest of 256 MiB has instead. */
  stock256MiB: string;
  /** Whether each network namespace has its own (else one for the VM, set in its root namespace). */
  perNamespace: boolean;
  /** Why a server has this value and what the guest's own changes. */
  why: string;
}

/** Every default that differs from a stock boot of a 256 MiB guest, in the order they are applied. */
export const SERVER_SYSCTLS: readonly ServerSysctl[] = [
  {
    key: 'net.ipv4.tcp_rmem',
    value: '4096 131072 6291456',
    stock256MiB: '4096 131072 1674240',
    perNamespace: true,
    // tcp_init(): max = min(6 MiB, free buffer memory / 128), reached from 768 MiB free.
    why: 'receive buffer maximum: min(6 MiB, free memory / 128); the guest\'s 1.6 MB caps the receive window below a 1 Gbit/s, 10 ms BDP',
  },
  {
    key: 'net.ipv4.tcp_wmem',
    value: '4096 16384 4194304',
    stock256MiB: '4096 16384 1674240',
    perNamespace: true,
    // tcp_init(): max = min(4 MiB, free buffer memory / 128), reached from 512 MiB free.
    why: 'send buffer maximum: min(4 MiB, free memory / 128); the guest\'s 1.6 MB caps data in flight',
  },
  {
    key: 'net.ipv4.tcp_max_tw_buckets',
    value: '65536',
    stock256MiB: '1024',
    perNamespace: true,
    // tcp_sk_init(): half the TCP established hash, which has one bucket per 128 KiB of memory (131072 on 16 GiB).
    why: 'TIME-WAIT sockets kept: half the established hash (one bucket per 128 KiB of memory); past 1024 closes in 60 s the guest skips TIME-WAIT',
  },
  {
    key: 'net.ipv4.tcp_max_syn_backlog',
    value: '1024',
    stock256MiB: '128',
    perNamespace: true,
    // tcp_sk_init(): max(128, established hash / 128); it matters only with tcp_syncookies 0.
    why: 'half-open connections per listener without SYN cookies: established hash / 128',
  },
  {
    key: 'net.ipv4.tcp_max_orphans',
    value: '65536',
    stock256MiB: '1024',
    perNamespace: false,
    // tcp_init(): half the established hash; past it, closed sockets still sending are reset.
    why: 'closed sockets still sending their data: half the established hash; past it the kernel resets them',
  },
  {
    key: 'net.ipv4.inet_peer_threshold',
    value: '65664',
    stock256MiB: '11308',
    perNamespace: false,
    // inet_initpeers(): 1% of memory in entries, at most 65536 + 128 (6.1 and 6.12; 5.10 has 65664 from 32 MiB on).
    why: 'per-destination entries kept (ICMP rate limits, IP IDs) before they are recycled sooner: 1% of memory, at most 65664',
  },
];

/** `key value` pairs for a host that is its own VM: every default it does not set itself, then its own sysctls. */
export function hostSysctls(h: Pick<ResolvedHost, 'sysctls'>): [string, string][] {
  return withOwn(SERVER_SYSCTLS, h);
}

/** `key value` pairs for a virtual host, in its namespace: the per-namespace defaults it does not set itself, then its own sysctls. */
export function namespaceSysctls(h: Pick<ResolvedHost, 'sysctls'>): [string, string][] {
  return withOwn(SERVER_SYSCTLS.filter((d) => d.perNamespace), h);
}

/** `key value` pairs for a VM of virtual hosts, in its root namespace: the kernel-wide defaults (no namespace can set these). */
export function vmWideSysctls(): [string, string][] {
  return SERVER_SYSCTLS.filter((d) => !d.perNamespace).map((d) => [d.key, d.value]);
}

function withOwn(defaults: readonly ServerSysctl[], h: Pick<ResolvedHost, 'sysctls'>): [string, string][] {
  const own = new Set(h.sysctls.map(([key]) => key));
  return [...defaults.filter((d) => !own.has(d.key)).map((d): [string, string] => [d.key, d.value]), ...h.sysctls];
}

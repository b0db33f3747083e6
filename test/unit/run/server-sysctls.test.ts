import { describe, expect, it } from 'vitest';
import { hostSysctls, namespaceSysctls, SERVER_SYSCTLS, vmWideSysctls } from '../../../orchestrator/src/run/server-sysctls.js';
import { sysctlIssue } from '../../../orchestrator/src/scenario/sections/hosts.js';

describe('server sysctl defaults', () => {
  it('are settable net.* keys, each once, with a reason and the stock value they replace', () => {
    expect(new Set(SERVER_SYSCTLS.map((d) => d.key)).size).toBe(SERVER_SYSCTLS.length);
    for (const d of SERVER_SYSCTLS) {
      expect(sysctlIssue(d.key, d.value)).toBeUndefined();
      expect(d.value).not.toBe(d.stock256MiB);
      expect(d.why.length).toBeGreaterThan(20);
    }
  });

  it('give a server\'s TCP buffer maxima: 6 MiB to receive, 4 MiB to send', () => {
    expect(hostSysctls({ sysctls: [] })).toEqual(expect.arrayContaining([
      ['net.ipv4.tcp_rmem', '4096 131072 6291456'],
      ['net.ipv4.tcp_wmem', '4096 16384 4194304'],
    ]));
  });

  it('go before a host\'s own sysctls, and a key the host sets is its own value only', () => {
    const own: [string, string][] = [['net.ipv4.tcp_congestion_control', 'reno'], ['net.ipv4.tcp_wmem', '4096 16384 1674240']];
    const pairs = hostSysctls({ sysctls: own });
    expect(pairs.slice(-2)).toEqual(own);
    expect(pairs.filter(([k]) => k === 'net.ipv4.tcp_wmem')).toEqual([own[1]]);
    expect(pairs.length).toBe(SERVER_SYSCTLS.length - 1 + own.length);
  });

  it('split between a virtual host\'s namespace and its VM\'s root namespace, every default in exactly one', () => {
    const ns = namespaceSysctls({ sysctls: [] }).map(([k]) => k);
    const vm = vmWideSysctls().map(([k]) => k);
    expect([...ns, ...vm].sort()).toEqual(SERVER_SYSCTLS.map((d) => d.key).sort());
    expect(ns).toEqual(expect.arrayContaining(['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem', 'net.ipv4.tcp_max_tw_buckets']));
    expect(vm).toContain('net.ipv4.tcp_max_orphans');
    expect(namespaceSysctls({ sysctls: [['net.ipv4.tcp_rmem', '1 2 3']] }).filter(([k]) => k === 'net.ipv4.tcp_rmem')).toEqual([['net.ipv4.tcp_rmem', '1 2 3']]);
  });
});

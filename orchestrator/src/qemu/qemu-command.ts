// The full QEMU command line for one VM. Every option here is part of the
// determinism contract (docs/design.md, qemu-patches/README.md): instruction
// counting with idle skipping, a seeded CPU with RDRAND, a fixed RTC, a
// console that writes to a regular file (never pushes back), and devices
// whose I/O runs synchronously with the vCPU (ioeventfd off, and virtio-net
// transmitting in the driver's notification, tx=kick from our QEMU series).

import type { NicOffloads } from '../scenario/types.js';

export interface VmNic {
  /** Port number on the sync socket (0..15). */
  port: number;
  mac: string;
  /** Offloads virtio-net offers the guest; absent for none (no vnet header on the sync socket). */
  offloads?: NicOffloads;
}

export interface VmSerialPort {
  port: number;
  /** virtserialport name: the guest sees /dev/virtio-ports/<name>. */
  name: string;
}

export interface VmLaunchSpec {
  kernelPath: string;
  initrdPath: string;
  append: string;
  memoryMiB: number;
  /** Each instruction counts 2^shift ns of virtual time. */
  icountShift: number;
  /**
   * With shift 0: guest instructions per simulated µs, 1000 or more
   * (qemu-patches, patch 12). Absent: one per ns, as shift 0 alone.
   */
  cpuMips?: number;
  seed: number;
  consoleLogPath: string;
  syncSocketPath: string;
  nics: readonly VmNic[];
  serialPorts: readonly VmSerialPort[];
  /** Where QEMU saves the VM when the orchestrator asks for a snapshot (qemu-patches/PROTOCOL.md). */
  snapshotPath?: string;
  /** Start from this snapshot instead of booting; the console log is then appended to, not replaced. */
  restoreFrom?: string;
}

/** Fixed guest wall-clock date: the RTC must not come from the host. */
export const GUEST_RTC_BASE = '2020-01-01T00:00:00';

/** A value inside a QEMU `key=value,...` option: a comma is written twice, or it would start a new option. */
export function optionValue(value: string): string {
  return value.replaceAll(',', ',,');
}

export function qemuArgs(spec: VmLaunchSpec): string[] {
  const args = [
    '-nodefaults',
    '-no-user-config',
    '-nographic',
    '-no-reboot',
    '-accel', 'tcg',
    '-icount', `shift=${spec.icountShift},sleep=off,align=off${spec.cpuMips === undefined ? '' : `,mips=${spec.cpuMips}`}`,
    '-cpu', 'max',
    '-smp', '1',
    '-m', String(spec.memoryMiB),
    '-seed', String(spec.seed),
    '-rtc', `base=${GUEST_RTC_BASE},clock=vm`,
    '-kernel', spec.kernelPath,
    '-initrd', spec.initrdPath,
    '-append', spec.append,
    ...(spec.restoreFrom === undefined
      ? ['-serial', `file:${spec.consoleLogPath}`]
      : ['-chardev', `file,id=console,path=${optionValue(spec.consoleLogPath)},append=on`, '-serial', 'chardev:console']),
    '-object',
    `cosim-sync,id=sync0,path=${optionValue(spec.syncSocketPath)}${spec.snapshotPath === undefined ? '' : `,snapshot=${optionValue(spec.snapshotPath)}`}`,
  ];
  // After loading, QEMU would announce the VM on the network (gratuitous
  // RARPs, and a virtio-net config interrupt asking the guest for ARPs) on
  // a host-timed clock: a cold boot does neither.
  if (spec.restoreFrom !== undefined) args.push('-incoming', `file:${spec.restoreFrom}`, '-global', 'migration.announce-rounds=0');
  for (const nic of spec.nics) {
    const o = nic.offloads;
    args.push(
      '-netdev', `cosim,id=net${nic.port},sync=sync0,port=${nic.port}${o ? ',vnet-hdr=on' : ''}`,
      '-device', `virtio-net-pci,netdev=net${nic.port},mac=${nic.mac},ioeventfd=off,tx=kick,romfile=${o ? offloadProperties(o) : ''}`,
    );
  }
  if (spec.serialPorts.length > 0) {
    args.push('-device', 'virtio-serial-pci,ioeventfd=off');
    for (const s of spec.serialPorts) {
      args.push(
        '-chardev', `cosim,id=ser${s.port},sync=sync0,port=${s.port}`,
        '-device', `virtserialport,chardev=ser${s.port},name=${s.name}`,
      );
    }
  }
  return args;
}

/**
 * virtio-net's feature bits for a NIC with a vnet header: checksum offload
 * both ways (`csum`, and `guest_csum` for DATA_VALID on received frames),
 * TSO over IPv4 with ECN, LRO as IPv4 receive-side GSO (`guest_tso4`), and
 * nothing the orchestrator does not do: no IPv6 TSO, no legacy "any GSO",
 * no ECN or UDP on receive.
 */
function offloadProperties(o: NicOffloads): string {
  const on = (v: boolean) => (v ? 'on' : 'off');
  return (
    `,csum=${on(o.checksum)},guest_csum=${on(o.checksum)},host_tso4=${on(o.tso)},host_ecn=${on(o.tso)}` +
    `,gso=off,host_tso6=off,host_ufo=off,guest_tso4=${on(o.lro)},guest_tso6=off,guest_ecn=off,guest_ufo=off`
  );
}

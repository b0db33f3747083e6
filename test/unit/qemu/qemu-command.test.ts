import { describe, expect, it } from 'vitest';
import { qemuArgs } from '../../../orchestrator/src/qemu/qemu-command.js';

const spec = {
  kernelPath: '/img/vmlinuz',
  initrdPath: '/img/initramfs.cpio.gz',
  append: 'console=ttyS0 panic=-1',
  memoryMiB: 256,
  icountShift: 0,
  seed: 42,
  consoleLogPath: '/out/console/a.log',
  syncSocketPath: '/run/x/a.sock',
  nics: [
    { port: 0, mac: '52:54:00:00:00:01' },
    { port: 1, mac: '52:54:00:00:00:02' },
  ],
  serialPorts: [{ port: 0, name: 'cosim.relay' }],
};

function optionValues(args: string[], flag: string): string[] {
  return args.flatMap((a, i) => (a === flag ? [args[i + 1]!] : []));
}

describe('qemuArgs', () => {
  const args = qemuArgs(spec);

  it('carries every option the determinism contract needs', () => {
    expect(optionValues(args, '-icount')).toEqual(['shift=0,sleep=off,align=off']);
    expect(optionValues(args, '-accel')).toEqual(['tcg']);
    expect(optionValues(args, '-seed')).toEqual(['42']);
    expect(optionValues(args, '-cpu')).toEqual(['max']);
    expect(optionValues(args, '-rtc')).toEqual(['base=2020-01-01T00:00:00,clock=vm']);
    expect(optionValues(args, '-serial')).toEqual(['file:/out/console/a.log']);
    expect(args).toContain('-no-reboot');
  });

  it('gives QEMU a CPU speed only when the guest has one (shift 0 alone is 1000 MIPS)', () => {
    expect(optionValues(qemuArgs({ ...spec, cpuMips: 3000 }), '-icount')).toEqual(['shift=0,sleep=off,align=off,mips=3000']);
  });

  it('binds each NIC and serial port to the sync object with synchronous device paths', () => {
    expect(optionValues(args, '-netdev')).toEqual(['cosim,id=net0,sync=sync0,port=0', 'cosim,id=net1,sync=sync0,port=1']);
    for (const dev of optionValues(args, '-device').filter((d) => d.startsWith('virtio-'))) {
      expect(dev).toContain('ioeventfd=off');
    }
    expect(optionValues(args, '-device')).toContain('virtio-net-pci,netdev=net1,mac=52:54:00:00:00:02,ioeventfd=off,tx=kick,romfile=');
    expect(optionValues(args, '-chardev')).toEqual(['cosim,id=ser0,sync=sync0,port=0']);
    expect(optionValues(args, '-object')).toEqual(['cosim-sync,id=sync0,path=/run/x/a.sock']);
  });

  it('gives a NIC with offloads a vnet header and only the virtio-net features the orchestrator serves', () => {
    const o = qemuArgs({ ...spec, nics: [{ port: 0, mac: '52:54:00:00:00:01', offloads: { checksum: true, tso: true, lro: false } }, { port: 1, mac: '52:54:00:00:00:02', offloads: { checksum: true, tso: false, lro: true } }] });
    expect(optionValues(o, '-netdev')).toEqual(['cosim,id=net0,sync=sync0,port=0,vnet-hdr=on', 'cosim,id=net1,sync=sync0,port=1,vnet-hdr=on']);
    const devs = optionValues(o, '-device').filter((d) => d.startsWith('virtio-net-pci'));
    expect(devs[0]).toBe(
      'virtio-net-pci,netdev=net0,mac=52:54:00:00:00:01,ioeventfd=off,tx=kick,romfile=,csum=on,guest_csum=on,host_tso4=on,host_ecn=on,gso=off,host_tso6=off,host_ufo=off,guest_tso4=off,guest_tso6=off,guest_ecn=off,guest_ufo=off',
    );
    expect(devs[1]).toContain(',csum=on,guest_csum=on,host_tso4=off,host_ecn=off,gso=off,host_tso6=off,host_ufo=off,guest_tso4=on,');
  });

  it('has no serial controller when the VM has no serial port', () => {
    expect(qemuArgs({ ...spec, serialPorts: [] }).join(' ')).not.toContain('virtio-serial');
  });

  it('doubles a comma in the socket path, so a TMPDIR with one cannot inject options', () => {
    const sneaky = qemuArgs({ ...spec, syncSocketPath: '/tmp/a,id=evil/x.sock' });
    expect(optionValues(sneaky, '-object')).toEqual(['cosim-sync,id=sync0,path=/tmp/a,,id=evil/x.sock']);
  });

  it('names the snapshot file on the sync object only when asked', () => {
    expect(optionValues(args, '-object')).toEqual(['cosim-sync,id=sync0,path=/run/x/a.sock']);
    expect(optionValues(qemuArgs({ ...spec, snapshotPath: '/c/s,1/state.bin' }), '-object')).toEqual(['cosim-sync,id=sync0,path=/run/x/a.sock,snapshot=/c/s,,1/state.bin']);
  });

  it('restores from a snapshot appending to the console, without announcing the VM', () => {
    const r = qemuArgs({ ...spec, restoreFrom: '/c/k/state.bin' });
    expect(optionValues(r, '-incoming')).toEqual(['file:/c/k/state.bin']);
    expect(optionValues(r, '-global')).toEqual(['migration.announce-rounds=0']);
    expect(optionValues(r, '-chardev')[0]).toBe('file,id=console,path=/out/console/a.log,append=on');
    expect(optionValues(r, '-serial')).toEqual(['chardev:console']);
    // Everything the guest sees is the same as for a boot.
    const strip = (a: string[]) => a.filter((x, i) => !['-incoming', '-global', '-serial', '-chardev'].includes(x) && !['-incoming', '-global', '-serial', '-chardev'].includes(a[i - 1]!));
    expect(strip(r)).toEqual(strip(args));
  });
});

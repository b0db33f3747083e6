#!/bin/sh
# PID 1 of every guest: mount the usual filesystems, load the modules listed in
# /etc/modules.order, configure addresses from the kernel command line, start
# the relay agent and say so on the console. A failure prints one line the
# orchestrator recognises ("cosim-init: FATAL: ...") and powers off, which ends
# QEMU (-no-reboot) instead of leaving a guest that never answers.

fatal() {
    echo "cosim-init: FATAL: $*"
    poweroff -f
    sleep 5
    exit 1
}

mount -t proc proc /proc || fatal "cannot mount /proc"
mount -t sysfs sysfs /sys || fatal "cannot mount /sys"
mount -t devtmpfs devtmpfs /dev || fatal "cannot mount /dev (the kernel needs CONFIG_DEVTMPFS)"
mkdir -p /dev/pts /tmp /run
mount -t tmpfs tmpfs /tmp
mount -t tmpfs tmpfs /run
# Where virtual IP hosts' network namespaces live (relay-agent/netns.c,
# viprun); /var/run is where iproute2's `ip netns`, if installed, looks.
mkdir -p /run/netns /var
[ -e /var/run ] || ln -s /run /var/run

while read -r mod; do
    [ -n "$mod" ] || continue
    insmod "/lib/modules/$mod.ko" || fatal "cannot load module $mod"
done < /etc/modules.order

ip link set lo up || fatal "cannot bring up lo"

# A custom kernel may lack a driver the guest cannot do without; say which
# (a registered driver has its folder in sysfs, built in or loaded).
need_driver() {
    [ -d "$1" ] || fatal "the kernel lacks the $2 driver ($3): build it in, or give the image its modules"
}
need_driver /sys/bus/pci/drivers/virtio-pci virtio_pci CONFIG_VIRTIO_PCI
need_driver /sys/bus/virtio/drivers/virtio_net virtio_net CONFIG_VIRTIO_NET
[ ! -x /sbin/cosim-relay ] || need_driver /sys/bus/virtio/drivers/virtio_console virtio_console CONFIG_VIRTIO_CONSOLE

# Kernel command-line options of ours: cosim_ip=eth0:10.0.0.1/24[,eth1:...]
# cosim_route=default:10.0.0.254[,10.1.0.0/16:10.0.0.2] cosim_exec="cmd args"
cmdline=$(cat /proc/cmdline)
opt() {
    case " $cmdline " in
        *" $1=\""*) v=${cmdline#*"$1=\""}; echo "${v%%\"*}" ;;
        *" $1="*) v=${cmdline#*"$1="}; echo "${v%% *}" ;;
    esac
}

for spec in $(opt cosim_ip | tr ',' ' '); do
    dev=${spec%%:*}
    addr=${spec#*:}
    n=0
    while [ ! -e "/sys/class/net/$dev" ]; do
        n=$((n + 1))
        [ $n -le 50 ] || fatal "no network interface $dev (is its NIC driver in the image?)"
        sleep 0.1
    done
    ip addr add "$addr" dev "$dev" || fatal "cannot add $addr to $dev"
    ip link set "$dev" up || fatal "cannot bring up $dev"
done
for spec in $(opt cosim_route | tr ',' ' '); do
    ip route add "${spec%%:*}" via "${spec#*:}" || fatal "cannot add route $spec"
done

# Without udev there is no /dev/virtio-ports/<name> link: find the port by
# the name sysfs gives it, and make the link ourselves.
relay_port() {
    for f in /sys/class/virtio-ports/*/name; do
        [ "$(cat "$f" 2>/dev/null)" = cosim.relay ] || continue
        d=${f%/name}
        echo "/dev/${d##*/}"
        return 0
    done
    return 1
}

if [ -x /sbin/cosim-relay ]; then
    n=0
    until port=$(relay_port) && [ -e "$port" ]; do
        n=$((n + 1))
        [ $n -le 50 ] || fatal "no relay port cosim.relay (virtio_console missing or no virtserialport named cosim.relay)"
        sleep 0.1
    done
    mkdir -p /dev/virtio-ports
    ln -sf "$port" /dev/virtio-ports/cosim.relay
    /sbin/cosim-relay /dev/virtio-ports/cosim.relay &
fi

echo "cosim-init: ready $(uname -r)"

cmd=$(opt cosim_exec)
if [ -n "$cmd" ]; then
    sh -c "$cmd" 2>&1
    echo "cosim-init: exec exited with status $?"
fi

# PID 1 must never exit.
while :; do
    sleep 3600
done

#!/bin/sh
# The first program of an image with packages or files (rdinit= on its kernel
# command line; images/layer.sh). It gives the programs that exec actions run
# the environment a Debian system would, then runs the stock init (/init,
# images/init.sh) unchanged, so an image without packages boots exactly as
# before. The relay agent, and every program it starts, inherits what is
# exported here.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME=/root

# /dev/shm and the /dev/fd links. init mounts devtmpfs on /dev afterwards,
# and devtmpfs is one instance however often it is mounted, so what is made
# in it now is there then (a tmpfs mounted on /dev/shm now would be hidden).
if mount -t devtmpfs devtmpfs /dev; then
    mkdir -p /dev/shm
    chmod 1777 /dev/shm
    ln -sf /proc/self/fd /dev/fd
    ln -sf /proc/self/fd/0 /dev/stdin
    ln -sf /proc/self/fd/1 /dev/stdout
    ln -sf /proc/self/fd/2 /dev/stderr
    umount /dev
fi

# Modules the kernel asks for are loaded by busybox's modprobe, which reads
# the text modules.dep and modules.alias the image carries, even when a
# package (kmod) brings a /sbin/modprobe that needs binary indexes.
if mount -t proc proc /proc; then
    echo /sbin/cosim-modprobe > /proc/sys/kernel/modprobe
    umount /proc
fi

exec /init "$@"

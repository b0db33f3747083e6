/*
 * Network namespaces and VLAN sub-interfaces for virtual IP hosts (netns.h).
 *
 * Why netlink and not busybox: busybox's `ip` (1.35, the image's) has no
 * `netns` command and moves a link only to a namespace given by a process
 * id. RTM_NEWLINK with IFLA_NET_NS_FD creates the VLAN link directly inside
 * the virtual host's namespace, with its MAC, in one request. The kernel
 * looks the new name up in the requester's namespace, so a VLAN cannot be
 * created as "eth0" beside the VM's own eth0: it is created under a
 * temporary name unique to its VLAN id, down, and renamed and brought up
 * inside the namespace (every virtual host's first interface can be eth0).
 */

#define _GNU_SOURCE
#include "netns.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

static int home_ns = -1;

static int fail(char *why, size_t n, int err, const char *fmt, const char *arg)
{
    char what[160];

    snprintf(what, sizeof(what), fmt, arg);
    snprintf(why, n, "%s: %s", what, strerror(err));
    return err;
}

int netns_name_ok(const char *name)
{
    size_t len = strnlen(name, 65);

    return len > 0 && len <= 64 && !strchr(name, '/') && strcmp(name, ".") != 0 && strcmp(name, "..") != 0;
}

int netns_init(char *why, size_t n)
{
    if (home_ns >= 0) {
        return 0;
    }
    home_ns = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    return home_ns < 0 ? fail(why, n, errno, "%s", "open /proc/self/ns/net") : 0;
}

static int open_ns(const char *name, char *why, size_t n)
{
    char path[sizeof(NETNS_DIR) + 80];
    int fd;

    if (!netns_name_ok(name)) {
        snprintf(why, n, "netns must be a name under %s, not %.64s", NETNS_DIR, name);
        errno = EINVAL;
        return -1;
    }
    snprintf(path, sizeof(path), "%s/%s", NETNS_DIR, name);
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int err = errno;

        if (err == ENOENT) {
            snprintf(why, n, "no network namespace %s (no %s)", name, path);
        } else {
            fail(why, n, err, "open %s", path);
        }
        errno = err;
    }
    return fd;
}

/* Set IFF_UP on `ifname` in the current namespace. */
static int link_up(const char *ifname, char *why, size_t n)
{
    struct ifreq ifr;
    int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    int err = 0;

    if (s < 0) {
        return fail(why, n, errno, "%s", "socket for SIOCSIFFLAGS");
    }
    memset(&ifr, 0, sizeof(ifr));
    snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", ifname);
    if (ioctl(s, SIOCGIFFLAGS, &ifr) < 0) {
        err = fail(why, n, errno, "SIOCGIFFLAGS %s", ifname);
    } else if (!(ifr.ifr_flags & IFF_UP)) {
        ifr.ifr_flags |= IFF_UP;
        if (ioctl(s, SIOCSIFFLAGS, &ifr) < 0) {
            err = fail(why, n, errno, "bringing up %s", ifname);
        }
    }
    close(s);
    return err;
}

int netns_enter(const char *name, char *why, size_t n)
{
    int fd, err = 0;

    if (!name[0]) {
        return 0;
    }
    fd = open_ns(name, why, n);
    if (fd < 0) {
        return errno;
    }
    if (setns(fd, CLONE_NEWNET) < 0) {
        err = fail(why, n, errno, "entering network namespace %s", name);
    }
    close(fd);
    return err;
}

int netns_leave(char *why, size_t n)
{
    if (home_ns < 0) {
        snprintf(why, n, "internal: netns_init() was not called");
        return EINVAL;
    }
    return setns(home_ns, CLONE_NEWNET) < 0 ? fail(why, n, errno, "%s", "returning to the agent's network namespace") : 0;
}

int netns_create(const char *name, char *why, size_t n)
{
    char path[sizeof(NETNS_DIR) + 80];
    int fd, err;

    if (!netns_name_ok(name)) {
        snprintf(why, n, "netns must be a name under %s, not %.64s", NETNS_DIR, name);
        return EINVAL;
    }
    if ((err = netns_init(why, n)) != 0) {
        return err;
    }
    if (mkdir(NETNS_DIR, 0755) < 0 && errno != EEXIST) {
        return fail(why, n, errno, "mkdir %s", NETNS_DIR);
    }
    snprintf(path, sizeof(path), "%s/%s", NETNS_DIR, name);
    fd = open(path, O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0444);
    if (fd < 0) {
        return errno == EEXIST ? (snprintf(why, n, "network namespace %s already exists", name), EEXIST)
                               : fail(why, n, errno, "creating %s", path);
    }
    close(fd);
    /* The namespace lives as long as the bind mount of it, not this thread's stay in it. */
    if (unshare(CLONE_NEWNET) < 0) {
        err = fail(why, n, errno, "%s", "unshare(CLONE_NEWNET)");
    } else {
        if (mount("/proc/self/ns/net", path, NULL, MS_BIND, NULL) < 0) {
            err = fail(why, n, errno, "bind-mounting the new namespace on %s", path);
        } else {
            err = link_up("lo", why, n);
        }
        if (netns_leave(why, n) != 0) {
            /* Stuck in the new namespace: every later request would be wrong. */
            return EIO;
        }
    }
    if (err) {
        umount2(path, MNT_DETACH);
        unlink(path);
    }
    return err;
}

int netns_own_sys(char *why, size_t n)
{
    if (unshare(CLONE_NEWNS) < 0) {
        return fail(why, n, errno, "%s", "unshare(CLONE_NEWNS)");
    }
    /* Keep the new /sys out of everyone else's view. */
    if (mount("", "/", NULL, MS_SLAVE | MS_REC, NULL) < 0) {
        return fail(why, n, errno, "%s", "making / a slave mount");
    }
    if (umount2("/sys", MNT_DETACH) < 0 && errno != EINVAL) {
        return fail(why, n, errno, "%s", "unmounting /sys");
    }
    if (mount("sysfs", "/sys", "sysfs", 0, NULL) < 0) {
        return fail(why, n, errno, "%s", "mounting /sys for the namespace");
    }
    return 0;
}

/* ---- netlink ---------------------------------------------------------------- */

struct nlreq {
    struct nlmsghdr h;
    struct ifinfomsg i;
    uint8_t attrs[512];
};

static struct rtattr *add_attr(struct nlreq *r, unsigned short type, const void *data, size_t len)
{
    struct rtattr *a = (struct rtattr *)((uint8_t *)r + NLMSG_ALIGN(r->h.nlmsg_len));

    /* Sizes here are fixed and small: attrs[] holds them with room to spare. */
    a->rta_type = type;
    a->rta_len = (unsigned short)RTA_LENGTH(len);
    if (len) {
        memcpy(RTA_DATA(a), data, len);
    }
    r->h.nlmsg_len = NLMSG_ALIGN(r->h.nlmsg_len) + RTA_ALIGN(a->rta_len);
    return a;
}

static void end_nest(struct nlreq *r, struct rtattr *nest)
{
    nest->rta_len = (unsigned short)((uint8_t *)r + r->h.nlmsg_len - (uint8_t *)nest);
}

static int parse_mac(const char *s, uint8_t mac[6])
{
    unsigned v[6];
    int used = 0, k;

    if (sscanf(s, "%2x:%2x:%2x:%2x:%2x:%2x%n", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &used) != 6 || s[used]) {
        return 0;
    }
    for (k = 0; k < 6; k++) {
        mac[k] = (uint8_t)v[k];
    }
    return 1;
}

/* Send one request and wait for its acknowledgement: 0, or the kernel's errno. */
static int rtnl_talk(struct nlreq *r, char *why, size_t n, const char *what)
{
    struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
    union {
        struct nlmsghdr h;
        uint8_t raw[4096];
    } ans;
    int s = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    int err = 0;
    ssize_t got;

    if (s < 0) {
        return fail(why, n, errno, "%s", "netlink socket");
    }
    r->h.nlmsg_seq = 1;
    if (sendto(s, r, r->h.nlmsg_len, 0, (struct sockaddr *)&kernel, sizeof(kernel)) < 0) {
        err = fail(why, n, errno, "netlink request for %s", what);
        goto out;
    }
    for (;;) {
        got = recv(s, &ans, sizeof(ans), 0);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            err = fail(why, n, errno, "netlink answer for %s", what);
            goto out;
        }
        if ((size_t)got >= NLMSG_LENGTH(sizeof(struct nlmsgerr)) && ans.h.nlmsg_type == NLMSG_ERROR && ans.h.nlmsg_seq == 1) {
            const struct nlmsgerr *e = NLMSG_DATA(&ans.h);

            if (e->error) {
                err = fail(why, n, -e->error, "%s", what);
            }
            goto out;
        }
    }
out:
    close(s);
    return err;
}

/* Rename `from` to `to` (it must be down) and bring it up, in the current namespace. */
static int rename_up(const char *from, const char *to, char *why, size_t n)
{
    struct ifreq ifr;
    int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    int err = 0;

    if (s < 0) {
        return fail(why, n, errno, "%s", "socket for SIOCSIFNAME");
    }
    memset(&ifr, 0, sizeof(ifr));
    snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", from);
    snprintf(ifr.ifr_newname, sizeof(ifr.ifr_newname), "%s", to);
    if (strcmp(from, to) != 0 && ioctl(s, SIOCSIFNAME, &ifr) < 0) {
        err = fail(why, n, errno, "renaming it to %s", to);
    }
    close(s);
    return err ? err : link_up(to, why, n);
}

int vlan_create(const char *parent, unsigned vlan_id, const char *name, const char *netns, const char *mac, char *why, size_t n)
{
    struct nlreq r;
    struct rtattr *info, *data;
    char what[160], tmpname[IFNAMSIZ];
    uint8_t addr[6];
    uint32_t link, nsfd;
    uint16_t id = (uint16_t)vlan_id;
    int fd, err;

    if (vlan_id < 1 || vlan_id > 4094) {
        snprintf(why, n, "vlan_id must be 1 to 4094, not %u", vlan_id);
        return EINVAL;
    }
    if (!name[0] || strlen(name) >= IFNAMSIZ || strchr(name, '/') || strchr(name, ' ')) {
        snprintf(why, n, "interface name must be 1 to %d bytes without '/' or spaces: %.64s", IFNAMSIZ - 1, name);
        return EINVAL;
    }
    if (mac[0] && !parse_mac(mac, addr)) {
        snprintf(why, n, "mac must look like 52:54:00:12:34:56, not %.64s", mac);
        return EINVAL;
    }
    link = if_nametoindex(parent);
    if (!link) {
        return fail(why, n, errno, "no parent interface %s", parent);
    }
    if ((err = link_up(parent, why, n)) != 0) {
        return err;
    }
    fd = open_ns(netns, why, n);
    if (fd < 0) {
        return errno;
    }
    nsfd = (uint32_t)fd;
    memset(&r, 0, sizeof(r));
    r.h.nlmsg_len = NLMSG_LENGTH(sizeof(struct ifinfomsg));
    r.h.nlmsg_type = RTM_NEWLINK;
    r.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL | NLM_F_ACK;
    r.i.ifi_family = AF_UNSPEC;
    snprintf(tmpname, sizeof(tmpname), "cosimv%u", vlan_id);
    add_attr(&r, IFLA_LINK, &link, sizeof(link));
    add_attr(&r, IFLA_IFNAME, tmpname, strlen(tmpname) + 1);
    if (mac[0]) {
        add_attr(&r, IFLA_ADDRESS, addr, sizeof(addr));
    }
    add_attr(&r, IFLA_NET_NS_FD, &nsfd, sizeof(nsfd));
    info = add_attr(&r, IFLA_LINKINFO, NULL, 0);
    add_attr(&r, IFLA_INFO_KIND, "vlan", 5);
    data = add_attr(&r, IFLA_INFO_DATA, NULL, 0);
    add_attr(&r, IFLA_VLAN_ID, &id, sizeof(id));
    end_nest(&r, data);
    end_nest(&r, info);
    snprintf(what, sizeof(what), "creating VLAN %u of %.16s as %.16s in %.64s", vlan_id, parent, name, netns);
    err = rtnl_talk(&r, why, n, what);
    if (err == EOPNOTSUPP) {
        snprintf(why, n, "%s: the kernel has no 802.1Q support (is the 8021q module loaded?)", what);
    }
    if (!err) {
        if (setns(fd, CLONE_NEWNET) < 0) {
            err = fail(why, n, errno, "entering network namespace %s", netns);
        } else {
            err = rename_up(tmpname, name, why, n);
            /* Stuck in the virtual host: every later request would be wrong (netns.h: EIO). */
            if (netns_leave(why, n) != 0) {
                err = EIO;
            }
        }
    }
    close(fd);
    return err;
}

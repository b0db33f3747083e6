/*
 * viprun: run an unmodified program inside a virtual IP host.
 *
 *   viprun <host> <program> [args...]
 *
 * The virtual host is the network namespace /run/netns/<host> that the relay
 * agent created for it: its own interfaces, routes, neighbour table, sysctls
 * and ports. Like the Virtual IP Machines paper's `viurun` (and `ip netns
 * exec`), it enters the namespace, mounts a /sys of its own there (so
 * /sys/class/net lists the host's interfaces) and execs the program; the
 * program never knows. `viprun` alone lists the virtual hosts.
 *
 * Static, and needs nothing in the image but the namespace: no iproute2.
 * Exit status: the program's, or 127 when it cannot be started, 2 for usage.
 */

#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "netns.h"

static int visible(const struct dirent *e)
{
    return e->d_name[0] != '.';
}

/* The virtual hosts of this guest, one a line, sorted. */
static int list_hosts(void)
{
    struct dirent **names;
    int k, count = scandir(NETNS_DIR, &names, visible, alphasort);

    if (count < 0) {
        if (errno == ENOENT) {
            return 0;
        }
        fprintf(stderr, "viprun: cannot list %s: %s\n", NETNS_DIR, strerror(errno));
        return 1;
    }
    for (k = 0; k < count; k++) {
        printf("%s\n", names[k]->d_name);
        free(names[k]);
    }
    free(names);
    return 0;
}

int main(int argc, char **argv)
{
    char why[256];
    int err;

    if (argc == 1) {
        return list_hosts();
    }
    if (argc < 3 || argv[1][0] == '-') {
        fprintf(stderr, "usage: viprun <host> <program> [args...]   (viprun alone lists the hosts)\n");
        return 2;
    }
    err = netns_enter(argv[1], why, sizeof(why));
    if (err == ENOENT) {
        fprintf(stderr, "viprun: no virtual host named %s in this guest (viprun alone lists them)\n", argv[1]);
        return 127;
    }
    if (err) {
        fprintf(stderr, "viprun: %s\n", why);
        return 127;
    }
    if ((err = netns_own_sys(why, sizeof(why))) != 0) {
        fprintf(stderr, "viprun: %s\n", why);
        return 127;
    }
    execvp(argv[2], argv + 2);
    fprintf(stderr, "viprun: cannot run %s: %s\n", argv[2], strerror(errno));
    return 127;
}

/*
 * Network namespaces as virtual IP hosts: one namespace per virtual host,
 * kept alive by a bind mount at /run/netns/<name> (where iproute2 keeps
 * them too), each with its own interfaces, routes, neighbour table, sysctls
 * and port space. Used by the relay agent (its netns requests, and sockets,
 * sysctls and execs inside a namespace) and by viprun; no protobuf here, so
 * viprun links without it.
 *
 * Every function returns 0 or an errno value and, on failure, writes what
 * failed into why[n]. EIO from netns_create() or vlan_create() means the
 * thread could not return to its own namespace: the caller must stop.
 */
#ifndef COSIM_NETNS_H
#define COSIM_NETNS_H

#include <stddef.h>

#define NETNS_DIR "/run/netns"

/* A plain name under NETNS_DIR: 1 to 64 bytes, no '/', not "." or "..". */
int netns_name_ok(const char *name);

/* Remember the namespace the process runs in now as the one to come back to. */
int netns_init(char *why, size_t n);

/* A new namespace at NETNS_DIR/<name> with its loopback up; EEXIST if there is one. */
int netns_create(const char *name, char *why, size_t n);

/*
 * Move the calling thread into NETNS_DIR/<name> ("" stays where it is).
 * netns_leave() goes back to the namespace netns_init() saw.
 */
int netns_enter(const char *name, char *why, size_t n);
int netns_leave(char *why, size_t n);

/*
 * For a program about to run in the namespace it entered: a private mount
 * namespace with /sys mounted afresh, so /sys/class/net lists this
 * namespace's interfaces (as `ip netns exec` does).
 */
int netns_own_sys(char *why, size_t n);

/*
 * An 802.1Q sub-interface of `parent` (in the current namespace, brought up
 * if it is down) with id `vlan_id`, created directly inside NETNS_DIR/<netns>
 * as `name`, with MAC `mac` ("" keeps the parent's), and brought up there.
 */
int vlan_create(const char *parent, unsigned vlan_id, const char *name, const char *netns, const char *mac, char *why, size_t n);

#endif

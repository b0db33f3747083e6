/*
 * Virtual IP hosts (agent.h): the netns_create and vlan_create requests,
 * performed by netns.c, and the short stays in a virtual host's namespace
 * that socket, sysctl_get and sysctl_set make for the one call that binds to
 * it.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>

#include "agent.h"
#include "netns.h"

int agent_enter_ns(uint32_t id, const char *op, const char *ns)
{
    char why[256];
    int err = netns_enter(ns, why, sizeof(why));

    if (err) {
        agent_reply_error(id, op, err, "%s", why);
    }
    return !err;
}

void agent_back_home(const char *ns)
{
    char why[256];

    if (ns[0] && netns_leave(why, sizeof(why)) != 0) {
        LOG("%s", why);
        exit(1);
    }
}

/* netns.c's answer to a request: EIO means the agent is stuck in another namespace. */
static void answer(uint32_t id, const char *op, int err, const char *why)
{
    if (err == EIO) {
        LOG("%s", why);
        exit(1);
    }
    if (err) {
        agent_reply_error(id, op, err, "%s", why);
    } else {
        agent_reply_ok(id);
    }
}

void op_netns_create(const Cosim__Relay__Request *q)
{
    char why[256];
    int err = netns_create(q->netns_create->name, why, sizeof(why));

    answer(q->id, "netns_create", err, why);
}

void op_vlan_create(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__VlanCreate *v = q->vlan_create;
    char why[256];
    int err = vlan_create(v->parent, v->vlan_id, v->name, v->netns, v->mac, why, sizeof(why));

    answer(q->id, "vlan_create", err, why);
}

/*
 * Kernel settings (agent.h): net.* sysctls read and written through
 * /proc/sys/net, in the agent's namespace or a virtual host's, and entropy
 * added to the guest's pool (add_entropy).
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/random.h>
#include <string.h>
#include <sys/ioctl.h>

#include "agent.h"

/* Only net.* sysctls, and no way out of /proc/sys/net. */
int sysctl_path(const char *key, char *path, size_t n)
{
    size_t i;

    if (strncmp(key, "net.", 4) != 0 || strstr(key, "..") || strchr(key, '/') ||
        strlen(key) > 200) {
        return 0;
    }
    snprintf(path, n, "/proc/sys/%s", key);
    for (i = strlen("/proc/sys/"); path[i]; i++) {
        if (path[i] == '.') {
            path[i] = '/';
        }
    }
    return 1;
}

/*
 * The sysctl file of key, opened inside namespace ns: /proc/sys/net shows
 * the namespace of whoever opens it. Returns the descriptor; or -1 with
 * *err 0 after an error reply, or with *err the errno of open().
 */
static int open_sysctl(uint32_t id, const char *op, const char *key, const char *ns, int flags, int *err)
{
    char path[256];
    int fd;

    *err = 0;
    if (!sysctl_path(key, path, sizeof(path))) {
        agent_reply_error(id, op, EINVAL, "only net.* keys without '..' or '/': %.64s", key);
        return -1;
    }
    if (!agent_enter_ns(id, op, ns)) {
        return -1;
    }
    fd = open(path, flags | O_CLOEXEC);
    *err = fd < 0 ? errno : 0;
    agent_back_home(ns);
    return fd;
}

void op_sysctl_get(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__SysctlGet *o = q->sysctl_get;
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;
    char text[MAX_STRING];
    int err, fd = open_sysctl(q->id, "sysctl_get", o->key, o->netns, O_RDONLY, &err);
    ssize_t n;

    if (fd < 0) {
        if (err) {
            agent_reply_error(q->id, "sysctl_get", err, "%s: %s", o->key, strerror(err));
        }
        return;
    }
    n = read(fd, text, sizeof(text) - 1);
    if (n < 0) {
        agent_reply_error(q->id, "sysctl_get", errno, "%s: %s", o->key, strerror(errno));
    } else {
        while (n > 0 && (text[n - 1] == '\n')) {
            n--;
        }
        text[n] = 0;
        d.text = text;
        agent_reply_done(q->id, &d);
    }
    close(fd);
}

void op_sysctl_set(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__SysctlSet *o = q->sysctl_set;
    size_t len = strnlen(o->value, MAX_STRING);
    int err, fd = open_sysctl(q->id, "sysctl_set", o->key, o->netns, O_WRONLY, &err);
    ssize_t n;

    if (fd < 0) {
        if (err) {
            agent_reply_error(q->id, "sysctl_set", err, "%s = %.64s: %s", o->key, o->value, strerror(err));
        }
        return;
    }
    n = write(fd, o->value, len);
    if (n < 0) {
        agent_reply_error(q->id, "sysctl_set", errno, "%s = %.64s: %s", o->key, o->value, strerror(errno));
    } else if ((size_t)n != len) {
        /*
         * The kernel took only part of the value (say "1 2" for a key of one
         * number): the rest was not set, and errno says nothing about it.
         */
        agent_reply_error(q->id, "sysctl_set", EINVAL, "%s = %.64s: the kernel took %zd of %zu bytes", o->key, o->value, n, len);
    } else {
        agent_reply_ok(q->id);
    }
    close(fd);
}

/*
 * Credited, so that 5.10's RNDRESEEDCRNG, which takes only credited
 * entropy, reseeds from these bytes too; the explicit reseed makes them
 * count at once instead of at the next periodic reseed.
 */
void op_add_entropy(const Cosim__Relay__Request *q)
{
    const ProtobufCBinaryData *data = &q->add_entropy->data;
    union {
        struct rand_pool_info info;
        uint8_t raw[sizeof(struct rand_pool_info) + MAX_ENTROPY];
    } e;
    int fd = open("/dev/urandom", O_WRONLY | O_CLOEXEC);

    if (fd < 0) {
        agent_reply_error(q->id, "add_entropy", errno, "/dev/urandom: %s", strerror(errno));
        return;
    }
    e.info.entropy_count = (int)(data->len * 8);
    e.info.buf_size = (int)data->len;
    memcpy(e.info.buf, data->data, data->len);
    if (ioctl(fd, RNDADDENTROPY, &e.info) < 0) {
        agent_reply_error(q->id, "add_entropy", errno, "RNDADDENTROPY: %s", strerror(errno));
    } else if (ioctl(fd, RNDRESEEDCRNG) < 0) {
        agent_reply_error(q->id, "add_entropy", errno, "RNDRESEEDCRNG: %s", strerror(errno));
    } else {
        agent_reply_ok(q->id);
    }
    close(fd);
}

/*
 * cosim-relay: the agent inside each guest.
 *
 * Reads varint-delimited protobuf Requests (relay.proto) from a virtio-serial
 * port, performs socket, sysctl and exec operations, and writes Replies back.
 * The orchestrator delivers each request at an exact simulated time, so the
 * agent never waits on one operation while another is ready: every socket is
 * non-blocking and one poll() loop (pollset.c) drives accepts, connects, bulk
 * writes, reads, child processes, TCP_INFO samplers and the traffic
 * generators of traffic.c (paced UDP, request/response). A bad request gets
 * an error reply; the agent stops only when the channel itself fails.
 *
 * This file is the channel: replies out, frames in, each request checked
 * against relay.proto's caps and handed to its operation through ops[].
 * The operations live in one file per family (agent.h lists them).
 *
 * Usage: cosim-relay /dev/virtio-ports/cosim.relay
 *        cosim-relay -        (stdin/stdout, for tests on the host)
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>

#include "agent.h"
#include "netns.h"
#include "traffic.h"

#define AGENT_VERSION "1"

static int chan_in = -1, chan_out = -1;
uint8_t agent_pattern[MAX_DATA];

/* ---- replies and the clock --------------------------------------------------- */

static void write_all(const uint8_t *p, size_t n)
{
    while (n) {
        ssize_t w = write(chan_out, p, n);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w <= 0) {
            LOG("channel write failed: %s", strerror(errno));
            exit(1);
        }
        p += w;
        n -= (size_t)w;
    }
}

void agent_reply(Cosim__Relay__Reply *r)
{
    size_t len = cosim__relay__reply__get_packed_size(r);
    uint8_t *buf = malloc(len + 10);
    size_t hdr = 0;
    size_t v = len;

    if (!buf) {
        LOG("out of memory");
        exit(1);
    }
    do {
        buf[hdr++] = (uint8_t)((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
        v >>= 7;
    } while (v);
    cosim__relay__reply__pack(r, buf + hdr);
    write_all(buf, hdr + len);
    free(buf);
}

void agent_reply_error(uint32_t id, const char *op, int err, const char *fmt, ...)
{
    Cosim__Relay__Reply r = COSIM__RELAY__REPLY__INIT;
    Cosim__Relay__Error e = COSIM__RELAY__ERROR__INIT;
    char msg[512];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    e.errno_name = (char *)(strerrorname_np(err) ? strerrorname_np(err) : "EUNKNOWN");
    e.message = msg;
    e.op = (char *)op;
    r.id = id;
    r.body_case = COSIM__RELAY__REPLY__BODY_ERROR;
    r.error = &e;
    agent_reply(&r);
}

void agent_reply_done(uint32_t id, Cosim__Relay__Done *d)
{
    Cosim__Relay__Reply r = COSIM__RELAY__REPLY__INIT;

    r.id = id;
    r.body_case = COSIM__RELAY__REPLY__BODY_DONE;
    r.done = d;
    agent_reply(&r);
}

void agent_reply_ok(uint32_t id)
{
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;

    agent_reply_done(id, &d);
}

uint64_t agent_monotonic_ns(void)
{
    struct timespec ts;

    /* Fails only for a bad clock id or pointer; times made up from garbage would mislead. */
    if (clock_gettime(CLOCK_MONOTONIC, &ts) < 0) {
        LOG("clock_gettime(CLOCK_MONOTONIC): %s", strerror(errno));
        exit(1);
    }
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* ---- validation ---------------------------------------------------------- */

/* The request's operation as relay.proto names it ("socket", "tcp_info", ...). */
static const char *op_name(const Cosim__Relay__Request *q)
{
    const ProtobufCFieldDescriptor *f =
        protobuf_c_message_descriptor_get_field(&cosim__relay__request__descriptor, (unsigned)q->op_case);

    return f && q->op_case != COSIM__RELAY__REQUEST__OP__NOT_SET ? f->name : "request";
}

static int string_ok(const char *s)
{
    return !s || strnlen(s, MAX_STRING + 1) <= MAX_STRING;
}

/*
 * The caps of relay.proto that protobuf-c cannot express (it has no
 * .options file): strings, write data, argv and env. Returns 0, or an errno
 * with `why` saying which field is out of bounds. handle() relies on it.
 */
static int validate_request(const Cosim__Relay__Request *q, char *why, size_t n)
{
    const char *too_long = NULL;
    const char *ns = NULL;
    size_t i;

    switch (q->op_case) {
    case COSIM__RELAY__REQUEST__OP_SOCKET:
        ns = q->socket->netns;
        break;
    case COSIM__RELAY__REQUEST__OP_NETNS_CREATE:
        ns = q->netns_create->name;
        if (!ns[0]) {
            snprintf(why, n, "netns_create needs a name");
            return EINVAL;
        }
        break;
    case COSIM__RELAY__REQUEST__OP_VLAN_CREATE:
        ns = q->vlan_create->netns;
        too_long = !string_ok(q->vlan_create->parent) ? "parent" : !string_ok(q->vlan_create->name) ? "name" : !string_ok(q->vlan_create->mac) ? "mac" : NULL;
        if (!too_long && !ns[0]) {
            snprintf(why, n, "vlan_create needs a netns");
            return EINVAL;
        }
        break;
    case COSIM__RELAY__REQUEST__OP_LISTEN:
    case COSIM__RELAY__REQUEST__OP_ACCEPT:
    case COSIM__RELAY__REQUEST__OP_GETSOCKOPT:
    case COSIM__RELAY__REQUEST__OP_TCP_INFO:
    case COSIM__RELAY__REQUEST__OP_WRITE_GENERATED:
    case COSIM__RELAY__REQUEST__OP_READ:
    case COSIM__RELAY__REQUEST__OP_READ_DISCARD:
    case COSIM__RELAY__REQUEST__OP_CLOSE:
    case COSIM__RELAY__REQUEST__OP_SHUTDOWN:
    case COSIM__RELAY__REQUEST__OP_SAMPLE_TCP_INFO:
    case COSIM__RELAY__REQUEST__OP_EXEC_CANCEL:
        break;
    case COSIM__RELAY__REQUEST__OP_BIND:
        too_long = string_ok(q->bind->addr) ? NULL : "addr";
        break;
    case COSIM__RELAY__REQUEST__OP_CONNECT:
        too_long = string_ok(q->connect->addr) ? NULL : "addr";
        break;
    case COSIM__RELAY__REQUEST__OP_SETSOCKOPT:
        /* string_value shares a union with int_value: only read it when it is the one set. */
        if (q->setsockopt->value_case == COSIM__RELAY__SET_SOCK_OPT__VALUE_STRING_VALUE) {
            too_long = string_ok(q->setsockopt->string_value) ? NULL : "string_value";
        }
        break;
    case COSIM__RELAY__REQUEST__OP_WRITE:
        if (q->write->data.len > MAX_DATA) {
            snprintf(why, n, "at most %u bytes per write", MAX_DATA);
            return EMSGSIZE;
        }
        break;
    case COSIM__RELAY__REQUEST__OP_SYSCTL_GET:
        too_long = string_ok(q->sysctl_get->key) ? NULL : "key";
        ns = q->sysctl_get->netns;
        break;
    case COSIM__RELAY__REQUEST__OP_SYSCTL_SET:
        too_long = !string_ok(q->sysctl_set->key) ? "key" : !string_ok(q->sysctl_set->value) ? "value" : NULL;
        ns = q->sysctl_set->netns;
        break;
    case COSIM__RELAY__REQUEST__OP_ADD_ENTROPY:
        if (q->add_entropy->data.len == 0 || q->add_entropy->data.len > MAX_ENTROPY) {
            snprintf(why, n, "data needs 1 to %d bytes", MAX_ENTROPY);
            return EINVAL;
        }
        break;
    case COSIM__RELAY__REQUEST__OP_EXEC: {
        const Cosim__Relay__Exec *x = q->exec;

        if (x->n_argv == 0 || x->n_argv > MAX_ARGS || x->n_env > MAX_ARGS) {
            snprintf(why, n, "argv needs 1 to %d entries and env at most %d", MAX_ARGS, MAX_ARGS);
            return EINVAL;
        }
        for (i = 0; i < x->n_argv && !too_long; i++) {
            too_long = string_ok(x->argv[i]) ? NULL : "argv";
        }
        for (i = 0; i < x->n_env && !too_long; i++) {
            too_long = string_ok(x->env[i]) ? NULL : "env";
        }
        ns = x->netns;
        break;
    }
    case COSIM__RELAY__REQUEST__OP_UDP_SEND:
    case COSIM__RELAY__REQUEST__OP_UDP_RECEIVE:
    case COSIM__RELAY__REQUEST__OP_RR_SERVE:
    case COSIM__RELAY__REQUEST__OP_RR_CLIENT:
        return traffic_validate(q, why, n);
    default:
        snprintf(why, n, "unknown or missing operation");
        return EPROTO;
    }
    if (!too_long && ns && !string_ok(ns)) {
        too_long = "netns";
    }
    if (too_long) {
        snprintf(why, n, "%s is longer than %d bytes", too_long, MAX_STRING);
        return EMSGSIZE;
    }
    if (ns && ns[0] && !netns_name_ok(ns)) {
        snprintf(why, n, "netns must be a name under %s, not %.64s", NETNS_DIR, ns);
        return EINVAL;
    }
    return 0;
}

/* ---- operations ------------------------------------------------------------ */

typedef void op_handler(const Cosim__Relay__Request *q);

/* Each operation's handler, indexed by the request's oneof case (relay.proto's field number). */
static op_handler *const ops[] = {
    [COSIM__RELAY__REQUEST__OP_SOCKET] = op_socket,
    [COSIM__RELAY__REQUEST__OP_BIND] = op_bind,
    [COSIM__RELAY__REQUEST__OP_LISTEN] = op_listen,
    [COSIM__RELAY__REQUEST__OP_ACCEPT] = op_accept,
    [COSIM__RELAY__REQUEST__OP_CONNECT] = op_connect,
    [COSIM__RELAY__REQUEST__OP_SETSOCKOPT] = op_setsockopt,
    [COSIM__RELAY__REQUEST__OP_GETSOCKOPT] = op_getsockopt,
    [COSIM__RELAY__REQUEST__OP_TCP_INFO] = op_tcp_info,
    [COSIM__RELAY__REQUEST__OP_WRITE] = op_write,
    [COSIM__RELAY__REQUEST__OP_WRITE_GENERATED] = op_write_generated,
    [COSIM__RELAY__REQUEST__OP_READ] = op_read,
    [COSIM__RELAY__REQUEST__OP_READ_DISCARD] = op_read_discard,
    [COSIM__RELAY__REQUEST__OP_CLOSE] = op_close,
    [COSIM__RELAY__REQUEST__OP_SHUTDOWN] = op_shutdown,
    [COSIM__RELAY__REQUEST__OP_SYSCTL_GET] = op_sysctl_get,
    [COSIM__RELAY__REQUEST__OP_SYSCTL_SET] = op_sysctl_set,
    [COSIM__RELAY__REQUEST__OP_EXEC] = op_exec,
    [COSIM__RELAY__REQUEST__OP_EXEC_CANCEL] = op_exec_cancel,
    [COSIM__RELAY__REQUEST__OP_SAMPLE_TCP_INFO] = op_sample_tcp_info,
    [COSIM__RELAY__REQUEST__OP_UDP_SEND] = traffic_start,
    [COSIM__RELAY__REQUEST__OP_UDP_RECEIVE] = traffic_start,
    [COSIM__RELAY__REQUEST__OP_RR_SERVE] = traffic_start,
    [COSIM__RELAY__REQUEST__OP_RR_CLIENT] = traffic_start,
    [COSIM__RELAY__REQUEST__OP_NETNS_CREATE] = op_netns_create,
    [COSIM__RELAY__REQUEST__OP_VLAN_CREATE] = op_vlan_create,
    [COSIM__RELAY__REQUEST__OP_ADD_ENTROPY] = op_add_entropy,
};

/* A request that passed validate_request(), to its operation. */
static void handle(const Cosim__Relay__Request *q)
{
    size_t op = (size_t)q->op_case;

    if (op < sizeof(ops) / sizeof(ops[0]) && ops[op]) {
        ops[op](q);
    } else {
        agent_reply_error(q->id, "request", EPROTO, "unknown or missing operation");
    }
}

/* ---- channel input --------------------------------------------------------- */

static uint8_t *inbuf;
static size_t inlen, skip;

/*
 * One frame's payload to a valid Request, or NULL after an error reply (id 0
 * when the frame does not decode, the request's id when it is out of bounds).
 */
static Cosim__Relay__Request *decode_request(const uint8_t *frame, size_t len)
{
    Cosim__Relay__Request *q = cosim__relay__request__unpack(NULL, len, frame);
    char why[160];
    int err;

    if (!q) {
        agent_reply_error(0, "frame", EPROTO, "frame of %zu bytes is not a valid Request", len);
        return NULL;
    }
    err = validate_request(q, why, sizeof(why));
    if (err) {
        agent_reply_error(q->id, op_name(q), err, "%s", why);
        cosim__relay__request__free_unpacked(q, NULL);
        return NULL;
    }
    return q;
}

/*
 * Hand every complete frame in inbuf to `dispatch` (handle(), or the fuzzer's
 * checks) and keep the incomplete rest for the next read.
 */
static void parse_frames(void (*dispatch)(const Cosim__Relay__Request *))
{
    size_t pos = 0;

    for (;;) {
        uint64_t len = 0;
        size_t hdr = 0;
        int shift = 0;
        Cosim__Relay__Request *q;

        if (skip) {
            size_t drop = inlen - pos < skip ? inlen - pos : skip;

            pos += drop;
            skip -= drop;
            if (skip) {
                break;
            }
        }
        while (pos + hdr < inlen && hdr < 10) {
            uint8_t b = inbuf[pos + hdr++];

            len |= (uint64_t)(b & 0x7f) << shift;
            shift += 7;
            if (!(b & 0x80)) {
                goto have_len;
            }
        }
        if (hdr >= 10) {
            /* Not a varint: there is no frame boundary to find, drop the buffer. */
            agent_reply_error(0, "frame", EPROTO, "malformed length prefix; dropped %zu bytes", inlen - pos);
            pos = inlen;
        }
        break;
have_len:
        if (len > MAX_FRAME) {
            agent_reply_error(0, "frame", EMSGSIZE, "frame of %llu bytes is over %u; skipped", (unsigned long long)len, MAX_FRAME);
            pos += hdr;
            skip = (size_t)len;
            continue;
        }
        if (inlen - pos - hdr < len) {
            break;
        }
        q = decode_request(inbuf + pos + hdr, (size_t)len);
        if (q) {
            dispatch(q);
            cosim__relay__request__free_unpacked(q, NULL);
        }
        pos += hdr + (size_t)len;
    }
    memmove(inbuf, inbuf + pos, inlen - pos);
    inlen -= pos;
}

static void read_channel(void)
{
    ssize_t n = read(chan_in, inbuf + inlen, MAX_FRAME + 16 - inlen);

    if (n < 0 && (errno == EINTR || errno == EAGAIN)) {
        return;
    }
    if (n <= 0) {
        LOG("channel closed (%s)", n < 0 ? strerror(errno) : "end of file");
        exit(n < 0);
    }
    inlen += (size_t)n;
    parse_frames(handle);
}

/* ---- main ------------------------------------------------------------------ */

static void send_hello(void)
{
    Cosim__Relay__Reply r = COSIM__RELAY__REPLY__INIT;
    Cosim__Relay__Hello h = COSIM__RELAY__HELLO__INIT;
    struct utsname u;

    if (uname(&u) == 0) {
        h.kernel_release = u.release;
    }
    h.agent_version = AGENT_VERSION;
    r.body_case = COSIM__RELAY__REPLY__BODY_HELLO;
    r.hello = &h;
    agent_reply(&r);
}

/* The poll set's function for the channel. */
static void channel_ready(int fd, short revents, int arg)
{
    (void)fd;
    (void)revents;
    (void)arg;
    read_channel();
}

int main(int argc, char **argv)
{
    char why[256];
    size_t i;

    if (argc != 2) {
        fprintf(stderr, "usage: %s /dev/virtio-ports/<name> | -\n", argv[0]);
        return 2;
    }
    if (strcmp(argv[1], "-") == 0) {
        chan_in = 0;
        chan_out = 1;
    } else {
        chan_in = chan_out = open(argv[1], O_RDWR | O_CLOEXEC);
        if (chan_in < 0) {
            LOG("cannot open %s: %s", argv[1], strerror(errno));
            return 1;
        }
    }
    if (signal(SIGPIPE, SIG_IGN) == SIG_ERR) {
        LOG("cannot ignore SIGPIPE: %s", strerror(errno));
        return 1;
    }
    /* The namespace to come back to after a request inside a virtual host. */
    if (netns_init(why, sizeof(why)) != 0) {
        LOG("%s", why);
        return 1;
    }
    inbuf = malloc(MAX_FRAME + 16);
    if (!inbuf) {
        LOG("out of memory");
        return 1;
    }
    for (i = 0; i < sizeof(agent_pattern); i++) {
        agent_pattern[i] = (uint8_t)(i * 31 + 7);
    }
    send_hello();
    /* First, so that it is served last (watch_wait). */
    watch_add(chan_in, POLLIN, channel_ready, 0);
    for (;;) {
        if (watch_wait() < 0) {
            LOG("poll: %s", strerror(errno));
            return 1;
        }
    }
}

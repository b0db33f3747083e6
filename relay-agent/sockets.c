/*
 * Sockets and their I/O (agent.h): socket, bind, listen, accept, connect,
 * setsockopt, getsockopt, write, write_generated, read, read_discard, close
 * and shutdown.
 *
 * Every socket is non-blocking. An operation that has to wait (accept,
 * connect, write_generated, read, read_discard) is recorded as the socket's
 * pending operation, its socket is added to the poll set, and it completes
 * with a reply carrying the request's id when poll() says the socket is
 * ready. A socket has one operation at a time (EBUSY otherwise), counting
 * traffic.c's; closing it cancels that operation (ECANCELED).
 */

#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <string.h>

#include "agent.h"
#include "traffic.h"

/* What the agent is waiting for on one of its sockets. */
enum pending {
    P_NONE,
    P_ACCEPT,
    P_CONNECT,
    P_WRITE_GEN,
    P_READ,
    P_DISCARD,
};

struct sock {
    int owned;
    enum pending pending;
    uint32_t req;
    uint64_t remaining;
    uint64_t count;
    uint32_t max;
};

static struct sock socks[MAX_FDS];

/*
 * Sends or receives of at most MAX_DATA bytes that one wake-up of a bulk
 * write_generated or read_discard may do. At 10 Gbit/s a send may never see
 * EAGAIN (the guest's stack drains the buffer as fast as it is filled), and
 * looping until it does starved every timer in the loop: TCP_INFO samplers,
 * paced UDP, request/response. poll() is level-triggered, so the rest goes
 * on at the next wake-up, after the other ready descriptors were served.
 */
#define BULK_BUDGET 8
static uint8_t scratch[MAX_DATA];

/* ---- ownership ---------------------------------------------------------------- */

int agent_own_fd(uint32_t id, const char *op, int fd)
{
    if (fd < 0 || fd >= MAX_FDS || !socks[fd].owned) {
        agent_reply_error(id, op, EBADF, "fd %d is not a socket this agent opened", fd);
        return 0;
    }
    return 1;
}

int agent_busy(uint32_t id, const char *op, int fd)
{
    if (socks[fd].pending != P_NONE || traffic_active(fd)) {
        agent_reply_error(id, op, EBUSY, "fd %d already has an operation in progress", fd);
        return 1;
    }
    return 0;
}

/*
 * A new socket under the agent's care, or an error reply. One from socket()
 * gets SO_REUSEADDR, so a port just closed by a test can be bound again at
 * once; an accepted one is left as accept4() made it.
 */
static int adopt(uint32_t id, const char *op, int fd, int reuse)
{
    int one = 1;

    if (fd >= MAX_FDS) {
        close(fd);
        agent_reply_error(id, op, EMFILE, "%s: too many sockets", op);
        return 0;
    }
    if (reuse && setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0) {
        int err = errno;

        close(fd);
        agent_reply_error(id, op, err, "setsockopt(SO_REUSEADDR): %s", strerror(err));
        return 0;
    }
    socks[fd].owned = 1;
    return 1;
}

/* ---- addresses ---------------------------------------------------------------- */

int make_addr(const char *host, uint32_t port, struct sockaddr_storage *ss, socklen_t *len)
{
    struct sockaddr_in *in4 = (struct sockaddr_in *)ss;
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;

    memset(ss, 0, sizeof(*ss));
    if (port > 65535) {
        return 0;
    }
    if (inet_pton(AF_INET, host[0] ? host : "0.0.0.0", &in4->sin_addr) == 1) {
        in4->sin_family = AF_INET;
        in4->sin_port = htons((uint16_t)port);
        *len = sizeof(*in4);
        return 1;
    }
    if (inet_pton(AF_INET6, host, &in6->sin6_addr) == 1) {
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons((uint16_t)port);
        *len = sizeof(*in6);
        return 1;
    }
    return 0;
}

static void format_peer(const struct sockaddr_storage *ss, char *out, size_t n)
{
    char host[INET6_ADDRSTRLEN] = "?";
    unsigned port = 0;

    if (ss->ss_family == AF_INET) {
        const struct sockaddr_in *a = (const struct sockaddr_in *)ss;
        inet_ntop(AF_INET, &a->sin_addr, host, sizeof(host));
        port = ntohs(a->sin_port);
    } else if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)ss;
        inet_ntop(AF_INET6, &a->sin6_addr, host, sizeof(host));
        port = ntohs(a->sin6_port);
    }
    snprintf(out, n, "%s:%u", host, port);
}

/* ---- pending operations -------------------------------------------------------- */

static void progress(int fd, short revents, int arg);

static short wanted(enum pending p)
{
    return p == P_CONNECT || p == P_WRITE_GEN ? POLLOUT : POLLIN;
}

/* Wait on fd for operation p of request req; the caller checked agent_busy(). */
static void start(int fd, enum pending p, uint32_t req)
{
    socks[fd].pending = p;
    socks[fd].req = req;
    watch_add(fd, wanted(p), progress, 0);
}

static void stop(int fd)
{
    socks[fd].pending = P_NONE;
    watch_del(fd);
}

static void accept_ready(int fd, struct sock *s)
{
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;
    struct sockaddr_storage ss;
    socklen_t sl = sizeof(ss);
    char peer[80];
    int nfd = accept4(fd, (struct sockaddr *)&ss, &sl, SOCK_NONBLOCK | SOCK_CLOEXEC);

    if (nfd < 0 && (errno == EAGAIN || errno == EINTR)) {
        return;
    }
    stop(fd);
    if (nfd < 0) {
        agent_reply_error(s->req, "accept", errno, "accept: %s", strerror(errno));
        return;
    }
    if (!adopt(s->req, "accept", nfd, 0)) {
        return;
    }
    format_peer(&ss, peer, sizeof(peer));
    d.fd = nfd;
    d.text = peer;
    agent_reply_done(s->req, &d);
}

static void connect_ready(int fd, struct sock *s)
{
    int err = 0;
    socklen_t len = sizeof(err);

    stop(fd);
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) {
        /* Without the answer the connect's fate is unknown: never report it as made. */
        agent_reply_error(s->req, "connect", errno, "getsockopt(SO_ERROR): %s", strerror(errno));
    } else if (err) {
        agent_reply_error(s->req, "connect", err, "connect: %s", strerror(err));
    } else {
        agent_reply_ok(s->req);
    }
}

static void write_gen_ready(int fd, struct sock *s)
{
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;
    int budget = BULK_BUDGET;

    while (s->remaining) {
        if (budget-- == 0) {
            return;
        }
        size_t chunk = s->remaining < MAX_DATA ? (size_t)s->remaining : MAX_DATA;
        ssize_t n = send(fd, agent_pattern, chunk, MSG_NOSIGNAL);

        if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            return;
        }
        if (n < 0) {
            stop(fd);
            agent_reply_error(s->req, "write_generated", errno, "after %llu bytes: %s", (unsigned long long)s->count, strerror(errno));
            return;
        }
        s->remaining -= (uint64_t)n;
        s->count += (uint64_t)n;
    }
    stop(fd);
    d.bytes = s->count;
    agent_reply_done(s->req, &d);
}

static void read_ready(int fd, struct sock *s)
{
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;
    ssize_t n = recv(fd, scratch, s->max, 0);

    if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
        return;
    }
    stop(fd);
    if (n < 0) {
        agent_reply_error(s->req, "read", errno, "read: %s", strerror(errno));
        return;
    }
    d.data.data = scratch;
    d.data.len = (size_t)n;
    d.bytes = (uint64_t)n;
    agent_reply_done(s->req, &d);
}

static void discard_ready(int fd, struct sock *s)
{
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;
    int budget = BULK_BUDGET;

    while (budget-- > 0) {
        ssize_t n = recv(fd, scratch, sizeof(scratch), 0);

        if (n > 0) {
            s->count += (uint64_t)n;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            return;
        }
        stop(fd);
        if (n < 0) {
            agent_reply_error(s->req, "read_discard", errno, "after %llu bytes: %s", (unsigned long long)s->count, strerror(errno));
        } else {
            d.bytes = s->count;
            agent_reply_done(s->req, &d);
        }
        return;
    }
}

/* The poll set's function for a socket with a pending operation. */
static void progress(int fd, short revents, int arg)
{
    struct sock *s = &socks[fd];

    (void)revents;
    (void)arg;
    switch (s->pending) {
    case P_ACCEPT:
        accept_ready(fd, s);
        return;
    case P_CONNECT:
        connect_ready(fd, s);
        return;
    case P_WRITE_GEN:
        write_gen_ready(fd, s);
        return;
    case P_READ:
        read_ready(fd, s);
        return;
    case P_DISCARD:
        discard_ready(fd, s);
        return;
    case P_NONE:
        return;
    }
}

/* ---- requests ------------------------------------------------------------------ */

void op_socket(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__Socket *o = q->socket;
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;
    int fd, err;

    if (!agent_enter_ns(q->id, "socket", o->netns)) {
        return;
    }
    fd = socket(o->family == COSIM__RELAY__FAMILY__INET6 ? AF_INET6 : AF_INET,
                (o->type == COSIM__RELAY__SOCKET_TYPE__UDP ? SOCK_DGRAM : SOCK_STREAM) | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    err = errno;
    agent_back_home(o->netns);
    if (fd < 0) {
        agent_reply_error(q->id, "socket", err, "socket: %s", strerror(err));
        return;
    }
    if (adopt(q->id, "socket", fd, 1)) {
        d.fd = fd;
        agent_reply_done(q->id, &d);
    }
}

void op_bind(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__Bind *o = q->bind;
    struct sockaddr_storage ss;
    socklen_t sl;

    if (!agent_own_fd(q->id, "bind", o->fd)) {
        return;
    }
    if (!make_addr(o->addr, o->port, &ss, &sl)) {
        agent_reply_error(q->id, "bind", EINVAL, "bad address %.64s port %u", o->addr, o->port);
    } else if (bind(o->fd, (struct sockaddr *)&ss, sl) < 0) {
        agent_reply_error(q->id, "bind", errno, "bind %.64s:%u: %s", o->addr, o->port, strerror(errno));
    } else {
        agent_reply_ok(q->id);
    }
}

void op_listen(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__Listen *o = q->listen;

    if (!agent_own_fd(q->id, "listen", o->fd)) {
        return;
    }
    if (listen(o->fd, o->backlog > 0 ? o->backlog : 16) < 0) {
        agent_reply_error(q->id, "listen", errno, "listen: %s", strerror(errno));
    } else {
        agent_reply_ok(q->id);
    }
}

void op_accept(const Cosim__Relay__Request *q)
{
    int fd = q->accept->fd;

    if (agent_own_fd(q->id, "accept", fd) && !agent_busy(q->id, "accept", fd)) {
        start(fd, P_ACCEPT, q->id);
    }
}

void op_connect(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__Connect *o = q->connect;
    struct sockaddr_storage ss;
    socklen_t sl;

    if (!agent_own_fd(q->id, "connect", o->fd) || agent_busy(q->id, "connect", o->fd)) {
        return;
    }
    if (!make_addr(o->addr, o->port, &ss, &sl)) {
        agent_reply_error(q->id, "connect", EINVAL, "bad address %.64s port %u", o->addr, o->port);
    } else if (connect(o->fd, (struct sockaddr *)&ss, sl) == 0) {
        agent_reply_ok(q->id);
    } else if (errno == EINPROGRESS) {
        start(o->fd, P_CONNECT, q->id);
    } else {
        agent_reply_error(q->id, "connect", errno, "connect %.64s:%u: %s", o->addr, o->port, strerror(errno));
    }
}

void op_setsockopt(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__SetSockOpt *o = q->setsockopt;
    int v, rc;

    if (!agent_own_fd(q->id, "setsockopt", o->fd)) {
        return;
    }
    if (o->value_case == COSIM__RELAY__SET_SOCK_OPT__VALUE_STRING_VALUE) {
        rc = setsockopt(o->fd, o->level, o->name, o->string_value, strnlen(o->string_value, MAX_STRING));
    } else {
        v = o->int_value;
        rc = setsockopt(o->fd, o->level, o->name, &v, sizeof(v));
    }
    if (rc < 0) {
        agent_reply_error(q->id, "setsockopt", errno, "setsockopt(%d, %d): %s", o->level, o->name, strerror(errno));
    } else {
        agent_reply_ok(q->id);
    }
}

void op_getsockopt(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__GetSockOpt *o = q->getsockopt;
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;
    char text[MAX_STRING];
    int v = 0;
    socklen_t len = o->as_string ? sizeof(text) - 1 : sizeof(v);

    if (!agent_own_fd(q->id, "getsockopt", o->fd)) {
        return;
    }
    memset(text, 0, sizeof(text));
    if (getsockopt(o->fd, o->level, o->name, o->as_string ? (void *)text : (void *)&v, &len) < 0) {
        agent_reply_error(q->id, "getsockopt", errno, "getsockopt(%d, %d): %s", o->level, o->name, strerror(errno));
        return;
    }
    d.value = v;
    d.text = text;
    agent_reply_done(q->id, &d);
}

void op_write(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__Write *o = q->write;
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;
    ssize_t n;

    if (!agent_own_fd(q->id, "write", o->fd)) {
        return;
    }
    n = send(o->fd, o->data.data, o->data.len, MSG_NOSIGNAL);
    if (n < 0) {
        agent_reply_error(q->id, "write", errno, "write: %s", strerror(errno));
        return;
    }
    d.bytes = (uint64_t)n;
    agent_reply_done(q->id, &d);
}

void op_write_generated(const Cosim__Relay__Request *q)
{
    int fd = q->write_generated->fd;

    if (agent_own_fd(q->id, "write_generated", fd) && !agent_busy(q->id, "write_generated", fd)) {
        socks[fd].remaining = q->write_generated->bytes;
        socks[fd].count = 0;
        start(fd, P_WRITE_GEN, q->id);
    }
}

void op_read(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__Read *o = q->read;

    if (agent_own_fd(q->id, "read", o->fd) && !agent_busy(q->id, "read", o->fd)) {
        socks[o->fd].max = o->max_bytes && o->max_bytes < MAX_DATA ? o->max_bytes : MAX_DATA;
        start(o->fd, P_READ, q->id);
    }
}

void op_read_discard(const Cosim__Relay__Request *q)
{
    int fd = q->read_discard->fd;

    if (agent_own_fd(q->id, "read_discard", fd) && !agent_busy(q->id, "read_discard", fd)) {
        socks[fd].count = 0;
        start(fd, P_DISCARD, q->id);
    }
}

void op_close(const Cosim__Relay__Request *q)
{
    int fd = q->close->fd;

    if (!agent_own_fd(q->id, "close", fd)) {
        return;
    }
    if (socks[fd].pending != P_NONE) {
        agent_reply_error(socks[fd].req, "close", ECANCELED, "fd %d was closed", fd);
        stop(fd);
    }
    traffic_forget(fd);
    tcpinfo_forget(fd);
    memset(&socks[fd], 0, sizeof(socks[fd]));
    /* Linux frees the descriptor even when close() fails; the failure is still news. */
    if (close(fd) < 0) {
        agent_reply_error(q->id, "close", errno, "close: %s", strerror(errno));
    } else {
        agent_reply_ok(q->id);
    }
}

void op_shutdown(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__Shutdown *o = q->shutdown;

    if (!agent_own_fd(q->id, "shutdown", o->fd)) {
        return;
    }
    if (shutdown(o->fd, o->how) < 0) {
        agent_reply_error(q->id, "shutdown", errno, "shutdown: %s", strerror(errno));
    } else {
        agent_reply_ok(q->id);
    }
}

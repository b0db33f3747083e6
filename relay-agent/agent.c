/*
 * cosim-relay: the agent inside each guest.
 *
 * Reads varint-delimited protobuf Requests (relay.proto) from a virtio-serial
 * port, performs socket, sysctl and exec operations, and writes Replies back.
 * The orchestrator delivers each request at an exact simulated time, so the
 * agent never waits on one operation while another is ready: every socket is
 * non-blocking and one poll() loop drives accepts, connects, bulk writes,
 * reads, child processes, TCP_INFO samplers and the traffic generators of
 * traffic.c (paced UDP, request/response). A bad request gets an error
 * reply; the agent stops only when the channel itself fails.
 *
 * Usage: cosim-relay /dev/virtio-ports/cosim.relay
 *        cosim-relay -        (stdin/stdout, for tests on the host)
 */

#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/random.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "netns.h"
#include "relay.pb-c.h"
#include "traffic.h"

#define AGENT_VERSION "1"
#define MAX_FRAME (1u << 20)
#define MAX_STRING 4096
#define MAX_DATA (64u << 10)
#define MAX_ARGS 64
#define MAX_FDS 1024
#define MAX_CHILDREN 16
#define MAX_ENTROPY 64

#define LOG(fmt, ...) fprintf(stderr, "cosim-relay[%d]: " fmt "\n", (int)getpid(), ##__VA_ARGS__)

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
    int timer;              /* sampler timerfd, -1 if none */
    uint32_t sampler_req;
};

struct child {
    pid_t pid;
    uint32_t req;
    int out, err;           /* pipes, -1 once at EOF */
    uint8_t *buf[2];
    size_t len[2];
};

static int chan_in = -1, chan_out = -1;
static struct sock socks[MAX_FDS];
static struct child children[MAX_CHILDREN];
static uint8_t pattern[MAX_DATA];
static uint8_t scratch[MAX_DATA];

/* ---- output ---------------------------------------------------------- */

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

static void send_reply(Cosim__Relay__Reply *r)
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

static void reply_error(uint32_t id, const char *op, int err, const char *fmt, ...)
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
    send_reply(&r);
}

static void reply_done(uint32_t id, Cosim__Relay__Done *d)
{
    Cosim__Relay__Reply r = COSIM__RELAY__REPLY__INIT;

    r.id = id;
    r.body_case = COSIM__RELAY__REPLY__BODY_DONE;
    r.done = d;
    send_reply(&r);
}

static void reply_ok(uint32_t id)
{
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;

    reply_done(id, &d);
}

/* ---- helpers ----------------------------------------------------------- */

static int own_fd(uint32_t id, const char *op, int fd)
{
    if (fd < 0 || fd >= MAX_FDS || !socks[fd].owned) {
        reply_error(id, op, EBADF, "fd %d is not a socket this agent opened", fd);
        return 0;
    }
    return 1;
}

static int busy(uint32_t id, const char *op, int fd)
{
    if (socks[fd].pending != P_NONE || traffic_active(fd)) {
        reply_error(id, op, EBUSY, "fd %d already has an operation in progress", fd);
        return 1;
    }
    return 0;
}

static int make_addr(const char *host, uint32_t port, struct sockaddr_storage *ss, socklen_t *len)
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

static uint64_t monotonic_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void close_sock(int fd)
{
    traffic_forget(fd);
    if (socks[fd].timer >= 0) {
        close(socks[fd].timer);
    }
    close(fd);
    memset(&socks[fd], 0, sizeof(socks[fd]));
    socks[fd].timer = -1;
}

/* What traffic.c uses (traffic.h). */
void agent_reply(Cosim__Relay__Reply *r)
{
    send_reply(r);
}

void agent_reply_error(uint32_t id, const char *op, int err, const char *fmt, ...)
{
    char msg[512];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    reply_error(id, op, err, "%s", msg);
}

int agent_own_fd(uint32_t id, const char *op, int fd)
{
    return own_fd(id, op, fd);
}

int agent_busy(uint32_t id, const char *op, int fd)
{
    return busy(id, op, fd);
}

uint64_t agent_monotonic_ns(void)
{
    return monotonic_ns();
}

/* Only net.* sysctls, and no way out of /proc/sys/net. */
static int sysctl_path(const char *key, char *path, size_t n)
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

/* ---- TCP_INFO ---------------------------------------------------------- */

static int fill_tcp_info(int fd, Cosim__Relay__TcpInfo *t)
{
    struct tcp_info i;
    socklen_t len = sizeof(i);

    memset(&i, 0, sizeof(i));
    if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &i, &len) < 0) {
        return -1;
    }
    t->info_length = len;
    t->monotonic_ns = monotonic_ns();
    t->state = i.tcpi_state;
    t->ca_state = i.tcpi_ca_state;
    t->retransmits = i.tcpi_retransmits;
    t->probes = i.tcpi_probes;
    t->backoff = i.tcpi_backoff;
    t->options = i.tcpi_options;
    t->rto = i.tcpi_rto;
    t->ato = i.tcpi_ato;
    t->snd_mss = i.tcpi_snd_mss;
    t->rcv_mss = i.tcpi_rcv_mss;
    t->unacked = i.tcpi_unacked;
    t->sacked = i.tcpi_sacked;
    t->lost = i.tcpi_lost;
    t->retrans = i.tcpi_retrans;
    t->last_data_sent = i.tcpi_last_data_sent;
    t->last_ack_recv = i.tcpi_last_ack_recv;
    t->pmtu = i.tcpi_pmtu;
    t->rcv_ssthresh = i.tcpi_rcv_ssthresh;
    t->rtt = i.tcpi_rtt;
    t->rttvar = i.tcpi_rttvar;
    t->snd_ssthresh = i.tcpi_snd_ssthresh;
    t->snd_cwnd = i.tcpi_snd_cwnd;
    t->advmss = i.tcpi_advmss;
    t->reordering = i.tcpi_reordering;
    t->rcv_rtt = i.tcpi_rcv_rtt;
    t->rcv_space = i.tcpi_rcv_space;
    t->total_retrans = i.tcpi_total_retrans;
    t->pacing_rate = i.tcpi_pacing_rate;
    t->bytes_acked = i.tcpi_bytes_acked;
    t->bytes_received = i.tcpi_bytes_received;
    t->segs_out = i.tcpi_segs_out;
    t->segs_in = i.tcpi_segs_in;
    t->notsent_bytes = i.tcpi_notsent_bytes;
    t->min_rtt = i.tcpi_min_rtt;
    t->data_segs_out = i.tcpi_data_segs_out;
    t->delivery_rate = i.tcpi_delivery_rate;
    t->busy_time = i.tcpi_busy_time;
    t->delivered = i.tcpi_delivered;
    t->bytes_sent = i.tcpi_bytes_sent;
    t->bytes_retrans = i.tcpi_bytes_retrans;
    t->snd_wnd = i.tcpi_snd_wnd;
    return 0;
}

static void reply_tcp_info(uint32_t id, int fd, const char *op)
{
    Cosim__Relay__Reply r = COSIM__RELAY__REPLY__INIT;
    Cosim__Relay__TcpInfo t = COSIM__RELAY__TCP_INFO__INIT;

    if (fill_tcp_info(fd, &t) < 0) {
        reply_error(id, op, errno, "getsockopt(TCP_INFO) on fd %d: %s", fd, strerror(errno));
        return;
    }
    r.id = id;
    r.body_case = COSIM__RELAY__REPLY__BODY_TCP_INFO;
    r.tcp_info = &t;
    send_reply(&r);
}

/* ---- exec -------------------------------------------------------------- */

/*
 * In the forked child: give the program what a shell would, default signal
 * dispositions and an empty signal mask. The agent ignores SIGPIPE (a closed
 * socket is an EPIPE reply, not its death); a program inheriting that is
 * never stopped by SIGPIPE, so a pipeline's writer would outlive its reader.
 * Every signal is reset, including any the agent inherited ignored from init.
 * Failures go to the program's stderr pipe and end the child with 127.
 */
static _Noreturn void exec_child(const Cosim__Relay__Exec *x, char **argv, char **envp, int out, int err)
{
    struct sigaction dfl;
    sigset_t none;
    int sig;

    memset(&dfl, 0, sizeof(dfl));
    dfl.sa_handler = SIG_DFL;
    for (sig = 1; sig < NSIG; sig++) {
        if (sig == SIGKILL || sig == SIGSTOP) {
            continue;
        }
        /* glibc keeps two real-time signals for itself and refuses them (EINVAL). */
        if (sigaction(sig, &dfl, NULL) < 0 && errno != EINVAL) {
            dprintf(err, "cosim-relay: cannot reset signal %d: %s\n", sig, strerror(errno));
            _exit(127);
        }
    }
    if (sigemptyset(&none) < 0 || sigprocmask(SIG_SETMASK, &none, NULL) < 0) {
        dprintf(err, "cosim-relay: cannot clear the signal mask: %s\n", strerror(errno));
        _exit(127);
    }
    if (x->netns[0]) {
        char why[256];

        /* Inside a virtual host, with its own /sys, as viprun runs programs. */
        if (netns_enter(x->netns, why, sizeof(why)) != 0 || netns_own_sys(why, sizeof(why)) != 0) {
            dprintf(err, "cosim-relay: cannot enter network namespace %s: %s\n", x->netns, why);
            _exit(127);
        }
    }
    if (dup2(out, 1) < 0 || dup2(err, 2) < 0) {
        dprintf(err, "cosim-relay: cannot set up output: %s\n", strerror(errno));
        _exit(127);
    }
    execvpe(argv[0], argv, x->n_env ? envp : environ);
    dprintf(2, "cosim-relay: cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
}

static void start_exec(uint32_t id, Cosim__Relay__Exec *x)
{
    char *argv[MAX_ARGS + 1], *envp[MAX_ARGS + 1];
    int out[2], err[2], slot;
    struct child *c;
    size_t i;
    pid_t pid;

    /* validate_request() bounded argv and env. */
    for (slot = 0; slot < MAX_CHILDREN && children[slot].pid; slot++) {
    }
    if (slot == MAX_CHILDREN) {
        reply_error(id, "exec", EAGAIN, "already %d programs running", MAX_CHILDREN);
        return;
    }
    for (i = 0; i < x->n_argv; i++) {
        argv[i] = x->argv[i];
    }
    argv[x->n_argv] = NULL;
    for (i = 0; i < x->n_env; i++) {
        envp[i] = x->env[i];
    }
    envp[x->n_env] = NULL;
    c = &children[slot];
    c->buf[0] = malloc(MAX_DATA);
    c->buf[1] = malloc(MAX_DATA);
    if (!c->buf[0] || !c->buf[1]) {
        reply_error(id, "exec", ENOMEM, "no memory for the program's output");
        goto fail;
    }
    if (pipe2(out, O_CLOEXEC) < 0) {
        reply_error(id, "exec", errno, "pipe: %s", strerror(errno));
        goto fail;
    }
    if (pipe2(err, O_CLOEXEC) < 0) {
        reply_error(id, "exec", errno, "pipe: %s", strerror(errno));
        close(out[0]);
        close(out[1]);
        goto fail;
    }
    pid = fork();
    if (pid < 0) {
        reply_error(id, "exec", errno, "fork: %s", strerror(errno));
        close(out[0]);
        close(out[1]);
        close(err[0]);
        close(err[1]);
        goto fail;
    }
    if (pid == 0) {
        exec_child(x, argv, envp, out[1], err[1]);
    }
    close(out[1]);
    close(err[1]);
    c->pid = pid;
    c->req = id;
    c->out = out[0];
    c->err = err[0];
    c->len[0] = c->len[1] = 0;
    return;
fail:
    free(c->buf[0]);
    free(c->buf[1]);
    memset(c, 0, sizeof(*c));
}

static void child_output(struct child *c, int which)
{
    int *fd = which ? &c->err : &c->out;
    ssize_t n = read(*fd, scratch, sizeof(scratch));

    if (n > 0) {
        size_t room = MAX_DATA - c->len[which];
        size_t take = (size_t)n < room ? (size_t)n : room;

        memcpy(c->buf[which] + c->len[which], scratch, take);
        c->len[which] += take;
        return;
    }
    if (n < 0 && errno == EINTR) {
        return;
    }
    close(*fd);
    *fd = -1;
    if (c->out < 0 && c->err < 0) {
        Cosim__Relay__Reply r = COSIM__RELAY__REPLY__INIT;
        Cosim__Relay__ExecResult x = COSIM__RELAY__EXEC_RESULT__INIT;
        int status = 0;

        while (waitpid(c->pid, &status, 0) < 0 && errno == EINTR) {
        }
        x.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        x.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
        x.stdout.data = c->buf[0];
        x.stdout.len = c->len[0];
        x.stderr.data = c->buf[1];
        x.stderr.len = c->len[1];
        r.id = c->req;
        r.body_case = COSIM__RELAY__REPLY__BODY_EXEC;
        r.exec = &x;
        send_reply(&r);
        free(c->buf[0]);
        free(c->buf[1]);
        memset(c, 0, sizeof(*c));
    }
}

/* ---- requests ---------------------------------------------------------- */

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

/*
 * Run the next step inside namespace `ns` ("" for the agent's own): enter it,
 * or reply the error and return 0. back_home() must follow; an agent that
 * cannot go back would do every later request in the wrong host, so it stops.
 */
static int enter_ns(uint32_t id, const char *op, const char *ns)
{
    char why[256];
    int err = netns_enter(ns, why, sizeof(why));

    if (err) {
        reply_error(id, op, err, "%s", why);
    }
    return !err;
}

static void back_home(const char *ns)
{
    char why[256];

    if (ns[0] && netns_leave(why, sizeof(why)) != 0) {
        LOG("%s", why);
        exit(1);
    }
}

/* The virtual-host operations of netns.c, replied to. */
static void handle_netns_op(uint32_t id, const Cosim__Relay__Request *q)
{
    char why[256];
    int err;

    if (q->op_case == COSIM__RELAY__REQUEST__OP_NETNS_CREATE) {
        err = netns_create(q->netns_create->name, why, sizeof(why));
    } else {
        const Cosim__Relay__VlanCreate *v = q->vlan_create;

        err = vlan_create(v->parent, v->vlan_id, v->name, v->netns, v->mac, why, sizeof(why));
    }
    if (err == EIO) {
        LOG("%s", why);
        exit(1);
    }
    if (err) {
        reply_error(id, op_name(q), err, "%s", why);
    } else {
        reply_ok(id);
    }
}

/*
 * Credited, so that 5.10's RNDRESEEDCRNG, which takes only credited
 * entropy, reseeds from these bytes too; the explicit reseed makes them
 * count at once instead of at the next periodic reseed.
 */
static void add_entropy(uint32_t id, const ProtobufCBinaryData *data)
{
    union {
        struct rand_pool_info info;
        uint8_t raw[sizeof(struct rand_pool_info) + MAX_ENTROPY];
    } e;
    int fd = open("/dev/urandom", O_WRONLY | O_CLOEXEC);

    if (fd < 0) {
        reply_error(id, "add_entropy", errno, "/dev/urandom: %s", strerror(errno));
        return;
    }
    e.info.entropy_count = (int)(data->len * 8);
    e.info.buf_size = (int)data->len;
    memcpy(e.info.buf, data->data, data->len);
    if (ioctl(fd, RNDADDENTROPY, &e.info) < 0) {
        reply_error(id, "add_entropy", errno, "RNDADDENTROPY: %s", strerror(errno));
    } else if (ioctl(fd, RNDRESEEDCRNG) < 0) {
        reply_error(id, "add_entropy", errno, "RNDRESEEDCRNG: %s", strerror(errno));
    } else {
        reply_ok(id);
    }
    close(fd);
}

static void handle(Cosim__Relay__Request *q)
{
    uint32_t id = q->id;
    struct sockaddr_storage ss;
    socklen_t sl;
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;
    char path[256], text[MAX_STRING];
    int fd, v;

    switch (q->op_case) {
    case COSIM__RELAY__REQUEST__OP_SOCKET:
        if (!enter_ns(id, "socket", q->socket->netns)) {
            return;
        }
        fd = socket(q->socket->family == COSIM__RELAY__FAMILY__INET6 ? AF_INET6 : AF_INET,
                    (q->socket->type == COSIM__RELAY__SOCKET_TYPE__UDP ? SOCK_DGRAM : SOCK_STREAM) |
                        SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        back_home(q->socket->netns);
        if (fd < 0 || fd >= MAX_FDS) {
            reply_error(id, "socket", fd < 0 ? errno : EMFILE, "socket: %s", fd < 0 ? strerror(errno) : "too many sockets");
            if (fd >= 0) {
                close(fd);
            }
            return;
        }
        v = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &v, sizeof(v));
        socks[fd].owned = 1;
        d.fd = fd;
        reply_done(id, &d);
        return;
    case COSIM__RELAY__REQUEST__OP_BIND:
        if (!own_fd(id, "bind", q->bind->fd)) {
            return;
        }
        if (!make_addr(q->bind->addr, q->bind->port, &ss, &sl)) {
            reply_error(id, "bind", EINVAL, "bad address %.64s port %u", q->bind->addr, q->bind->port);
        } else if (bind(q->bind->fd, (struct sockaddr *)&ss, sl) < 0) {
            reply_error(id, "bind", errno, "bind %.64s:%u: %s", q->bind->addr, q->bind->port, strerror(errno));
        } else {
            reply_ok(id);
        }
        return;
    case COSIM__RELAY__REQUEST__OP_LISTEN:
        if (!own_fd(id, "listen", q->listen->fd)) {
            return;
        }
        if (listen(q->listen->fd, q->listen->backlog > 0 ? q->listen->backlog : 16) < 0) {
            reply_error(id, "listen", errno, "listen: %s", strerror(errno));
        } else {
            reply_ok(id);
        }
        return;
    case COSIM__RELAY__REQUEST__OP_ACCEPT:
        if (own_fd(id, "accept", q->accept->fd) && !busy(id, "accept", q->accept->fd)) {
            socks[q->accept->fd].pending = P_ACCEPT;
            socks[q->accept->fd].req = id;
        }
        return;
    case COSIM__RELAY__REQUEST__OP_CONNECT:
        fd = q->connect->fd;
        if (!own_fd(id, "connect", fd) || busy(id, "connect", fd)) {
            return;
        }
        if (!make_addr(q->connect->addr, q->connect->port, &ss, &sl)) {
            reply_error(id, "connect", EINVAL, "bad address %.64s port %u", q->connect->addr, q->connect->port);
        } else if (connect(fd, (struct sockaddr *)&ss, sl) == 0) {
            reply_ok(id);
        } else if (errno == EINPROGRESS) {
            socks[fd].pending = P_CONNECT;
            socks[fd].req = id;
        } else {
            reply_error(id, "connect", errno, "connect %.64s:%u: %s", q->connect->addr, q->connect->port, strerror(errno));
        }
        return;
    case COSIM__RELAY__REQUEST__OP_SETSOCKOPT: {
        Cosim__Relay__SetSockOpt *o = q->setsockopt;
        int rc;

        if (!own_fd(id, "setsockopt", o->fd)) {
            return;
        }
        if (o->value_case == COSIM__RELAY__SET_SOCK_OPT__VALUE_STRING_VALUE) {
            rc = setsockopt(o->fd, o->level, o->name, o->string_value, strnlen(o->string_value, MAX_STRING));
        } else {
            v = o->int_value;
            rc = setsockopt(o->fd, o->level, o->name, &v, sizeof(v));
        }
        if (rc < 0) {
            reply_error(id, "setsockopt", errno, "setsockopt(%d, %d): %s", o->level, o->name, strerror(errno));
        } else {
            reply_ok(id);
        }
        return;
    }
    case COSIM__RELAY__REQUEST__OP_GETSOCKOPT: {
        Cosim__Relay__GetSockOpt *o = q->getsockopt;
        socklen_t len = o->as_string ? sizeof(text) - 1 : sizeof(v);

        if (!own_fd(id, "getsockopt", o->fd)) {
            return;
        }
        memset(text, 0, sizeof(text));
        v = 0;
        if (getsockopt(o->fd, o->level, o->name, o->as_string ? (void *)text : (void *)&v, &len) < 0) {
            reply_error(id, "getsockopt", errno, "getsockopt(%d, %d): %s", o->level, o->name, strerror(errno));
            return;
        }
        d.value = v;
        d.text = text;
        reply_done(id, &d);
        return;
    }
    case COSIM__RELAY__REQUEST__OP_TCP_INFO:
        if (own_fd(id, "tcp_info", q->tcp_info->fd)) {
            reply_tcp_info(id, q->tcp_info->fd, "tcp_info");
        }
        return;
    case COSIM__RELAY__REQUEST__OP_WRITE: {
        ssize_t n;

        if (!own_fd(id, "write", q->write->fd)) {
            return;
        }
        n = send(q->write->fd, q->write->data.data, q->write->data.len, MSG_NOSIGNAL);
        if (n < 0) {
            reply_error(id, "write", errno, "write: %s", strerror(errno));
            return;
        }
        d.bytes = (uint64_t)n;
        reply_done(id, &d);
        return;
    }
    case COSIM__RELAY__REQUEST__OP_WRITE_GENERATED:
        fd = q->write_generated->fd;
        if (own_fd(id, "write_generated", fd) && !busy(id, "write_generated", fd)) {
            socks[fd].pending = P_WRITE_GEN;
            socks[fd].req = id;
            socks[fd].remaining = q->write_generated->bytes;
            socks[fd].count = 0;
        }
        return;
    case COSIM__RELAY__REQUEST__OP_READ:
        fd = q->read->fd;
        if (own_fd(id, "read", fd) && !busy(id, "read", fd)) {
            socks[fd].pending = P_READ;
            socks[fd].req = id;
            socks[fd].max = q->read->max_bytes && q->read->max_bytes < MAX_DATA ? q->read->max_bytes : MAX_DATA;
        }
        return;
    case COSIM__RELAY__REQUEST__OP_READ_DISCARD:
        fd = q->read_discard->fd;
        if (own_fd(id, "read_discard", fd) && !busy(id, "read_discard", fd)) {
            socks[fd].pending = P_DISCARD;
            socks[fd].req = id;
            socks[fd].count = 0;
        }
        return;
    case COSIM__RELAY__REQUEST__OP_CLOSE:
        fd = q->close->fd;
        if (own_fd(id, "close", fd)) {
            if (socks[fd].pending != P_NONE) {
                reply_error(socks[fd].req, "close", ECANCELED, "fd %d was closed", fd);
            }
            close_sock(fd);
            reply_ok(id);
        }
        return;
    case COSIM__RELAY__REQUEST__OP_SHUTDOWN:
        if (!own_fd(id, "shutdown", q->shutdown->fd)) {
            return;
        }
        if (shutdown(q->shutdown->fd, q->shutdown->how) < 0) {
            reply_error(id, "shutdown", errno, "shutdown: %s", strerror(errno));
        } else {
            reply_ok(id);
        }
        return;
    case COSIM__RELAY__REQUEST__OP_SYSCTL_GET: {
        ssize_t n;

        if (!sysctl_path(q->sysctl_get->key, path, sizeof(path))) {
            reply_error(id, "sysctl_get", EINVAL, "only net.* keys without '..' or '/': %.64s", q->sysctl_get->key);
            return;
        }
        /* /proc/sys/net shows the namespace of whoever opens it. */
        if (!enter_ns(id, "sysctl_get", q->sysctl_get->netns)) {
            return;
        }
        fd = open(path, O_RDONLY | O_CLOEXEC);
        back_home(q->sysctl_get->netns);
        n = fd < 0 ? -1 : read(fd, text, sizeof(text) - 1);
        if (n < 0) {
            reply_error(id, "sysctl_get", errno, "%s: %s", q->sysctl_get->key, strerror(errno));
        } else {
            while (n > 0 && (text[n - 1] == '\n')) {
                n--;
            }
            text[n] = 0;
            d.text = text;
            reply_done(id, &d);
        }
        if (fd >= 0) {
            close(fd);
        }
        return;
    }
    case COSIM__RELAY__REQUEST__OP_SYSCTL_SET: {
        size_t len = strnlen(q->sysctl_set->value, MAX_STRING);

        if (!sysctl_path(q->sysctl_set->key, path, sizeof(path))) {
            reply_error(id, "sysctl_set", EINVAL, "only net.* keys without '..' or '/': %.64s", q->sysctl_set->key);
            return;
        }
        if (!enter_ns(id, "sysctl_set", q->sysctl_set->netns)) {
            return;
        }
        fd = open(path, O_WRONLY | O_CLOEXEC);
        back_home(q->sysctl_set->netns);
        if (fd < 0 || write(fd, q->sysctl_set->value, len) != (ssize_t)len) {
            reply_error(id, "sysctl_set", errno, "%s = %.64s: %s", q->sysctl_set->key, q->sysctl_set->value, strerror(errno));
        } else {
            reply_ok(id);
        }
        if (fd >= 0) {
            close(fd);
        }
        return;
    }
    case COSIM__RELAY__REQUEST__OP_EXEC:
        start_exec(id, q->exec);
        return;
    case COSIM__RELAY__REQUEST__OP_NETNS_CREATE:
    case COSIM__RELAY__REQUEST__OP_VLAN_CREATE:
        handle_netns_op(id, q);
        return;
    case COSIM__RELAY__REQUEST__OP_ADD_ENTROPY:
        add_entropy(id, &q->add_entropy->data);
        return;
    case COSIM__RELAY__REQUEST__OP_SAMPLE_TCP_INFO: {
        uint64_t ns = q->sample_tcp_info->interval_ns;
        struct itimerspec its;

        fd = q->sample_tcp_info->fd;
        if (!own_fd(id, "sample_tcp_info", fd)) {
            return;
        }
        if (ns < 100000 || socks[fd].timer >= 0) {
            reply_error(id, "sample_tcp_info", EINVAL, "interval must be >= 100 us and one sampler per socket");
            return;
        }
        socks[fd].timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
        its.it_interval.tv_sec = (time_t)(ns / 1000000000u);
        its.it_interval.tv_nsec = (long)(ns % 1000000000u);
        its.it_value = its.it_interval;
        if (socks[fd].timer < 0 || timerfd_settime(socks[fd].timer, 0, &its, NULL) < 0) {
            reply_error(id, "sample_tcp_info", errno, "timerfd: %s", strerror(errno));
            return;
        }
        socks[fd].sampler_req = id;
        reply_ok(id);
        return;
    }
    case COSIM__RELAY__REQUEST__OP_UDP_SEND:
    case COSIM__RELAY__REQUEST__OP_UDP_RECEIVE:
    case COSIM__RELAY__REQUEST__OP_RR_SERVE:
    case COSIM__RELAY__REQUEST__OP_RR_CLIENT:
        traffic_start(q);
        return;
    default:
        reply_error(id, "request", EPROTO, "unknown or missing operation");
        return;
    }
}

/* ---- socket progress ----------------------------------------------------- */

static void progress(int fd, short revents)
{
    struct sock *s = &socks[fd];
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;
    uint32_t req = s->req;
    ssize_t n;

    switch (s->pending) {
    case P_ACCEPT: {
        struct sockaddr_storage ss;
        socklen_t sl = sizeof(ss);
        char peer[80];
        int nfd = accept4(fd, (struct sockaddr *)&ss, &sl, SOCK_NONBLOCK | SOCK_CLOEXEC);

        if (nfd < 0 && (errno == EAGAIN || errno == EINTR)) {
            return;
        }
        s->pending = P_NONE;
        if (nfd < 0 || nfd >= MAX_FDS) {
            reply_error(req, "accept", nfd < 0 ? errno : EMFILE, "accept: %s", nfd < 0 ? strerror(errno) : "too many sockets");
            if (nfd >= 0) {
                close(nfd);
            }
            return;
        }
        socks[nfd].owned = 1;
        socks[nfd].timer = -1;
        format_peer(&ss, peer, sizeof(peer));
        d.fd = nfd;
        d.text = peer;
        reply_done(req, &d);
        return;
    }
    case P_CONNECT: {
        int err = 0;
        socklen_t len = sizeof(err);

        s->pending = P_NONE;
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err) {
            reply_error(req, "connect", err, "connect: %s", strerror(err));
        } else {
            reply_ok(req);
        }
        return;
    }
    case P_WRITE_GEN:
        while (s->remaining) {
            size_t chunk = s->remaining < sizeof(pattern) ? (size_t)s->remaining : sizeof(pattern);

            n = send(fd, pattern, chunk, MSG_NOSIGNAL);
            if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
                return;
            }
            if (n < 0) {
                s->pending = P_NONE;
                reply_error(req, "write_generated", errno, "after %llu bytes: %s", (unsigned long long)s->count, strerror(errno));
                return;
            }
            s->remaining -= (uint64_t)n;
            s->count += (uint64_t)n;
        }
        s->pending = P_NONE;
        d.bytes = s->count;
        reply_done(req, &d);
        return;
    case P_READ:
        n = recv(fd, scratch, s->max, 0);
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            return;
        }
        s->pending = P_NONE;
        if (n < 0) {
            reply_error(req, "read", errno, "read: %s", strerror(errno));
            return;
        }
        d.data.data = scratch;
        d.data.len = (size_t)n;
        d.bytes = (uint64_t)n;
        reply_done(req, &d);
        return;
    case P_DISCARD:
        for (;;) {
            n = recv(fd, scratch, sizeof(scratch), 0);
            if (n > 0) {
                s->count += (uint64_t)n;
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
                return;
            }
            s->pending = P_NONE;
            if (n < 0) {
                reply_error(req, "read_discard", errno, "after %llu bytes: %s", (unsigned long long)s->count, strerror(errno));
            } else {
                d.bytes = s->count;
                reply_done(req, &d);
            }
            return;
        }
    case P_NONE:
        (void)revents;
        return;
    }
}

static short wanted(enum pending p)
{
    switch (p) {
    case P_CONNECT:
    case P_WRITE_GEN:
        return POLLOUT;
    case P_ACCEPT:
    case P_READ:
    case P_DISCARD:
        return POLLIN;
    default:
        return 0;
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
        reply_error(0, "frame", EPROTO, "frame of %zu bytes is not a valid Request", len);
        return NULL;
    }
    err = validate_request(q, why, sizeof(why));
    if (err) {
        reply_error(q->id, op_name(q), err, "%s", why);
        cosim__relay__request__free_unpacked(q, NULL);
        return NULL;
    }
    return q;
}

/*
 * Hand every complete frame in inbuf to `dispatch` (handle(), or the fuzzer's
 * checks) and keep the incomplete rest for the next read.
 */
static void parse_frames(void (*dispatch)(Cosim__Relay__Request *))
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
            reply_error(0, "frame", EPROTO, "malformed length prefix; dropped %zu bytes", inlen - pos);
            pos = inlen;
        }
        break;
have_len:
        if (len > MAX_FRAME) {
            reply_error(0, "frame", EMSGSIZE, "frame of %llu bytes is over %u; skipped", (unsigned long long)len, MAX_FRAME);
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
    send_reply(&r);
}

int main(int argc, char **argv)
{
    /* The channel; per socket its pending operation, TCP_INFO sampler and traffic operation (socket, two timers); children's pipes. */
    static struct pollfd pfd[1 + MAX_FDS * 5 + MAX_CHILDREN * 2];
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
    signal(SIGPIPE, SIG_IGN);
    {
        char why[256];

        /* The namespace to come back to after a request inside a virtual host. */
        if (netns_init(why, sizeof(why)) != 0) {
            LOG("%s", why);
            return 1;
        }
    }
    inbuf = malloc(MAX_FRAME + 16);
    if (!inbuf) {
        LOG("out of memory");
        return 1;
    }
    for (i = 0; i < sizeof(pattern); i++) {
        pattern[i] = (uint8_t)(i * 31 + 7);
    }
    for (i = 0; i < MAX_FDS; i++) {
        socks[i].timer = -1;
    }
    send_hello();

    for (;;) {
        nfds_t n = 0;
        int fd, c, k;

        pfd[n++] = (struct pollfd){ .fd = chan_in, .events = POLLIN };
        for (fd = 0; fd < MAX_FDS; fd++) {
            if (!socks[fd].owned) {
                continue;
            }
            if (socks[fd].pending != P_NONE) {
                pfd[n++] = (struct pollfd){ .fd = fd, .events = wanted(socks[fd].pending) };
            }
            if (socks[fd].timer >= 0) {
                pfd[n++] = (struct pollfd){ .fd = socks[fd].timer, .events = POLLIN };
            }
        }
        n = (nfds_t)traffic_pollfds(pfd, n, sizeof(pfd) / sizeof(pfd[0]) - MAX_CHILDREN * 2);
        for (c = 0; c < MAX_CHILDREN; c++) {
            for (k = 0; k < 2 && children[c].pid; k++) {
                int cfd = k ? children[c].err : children[c].out;

                if (cfd >= 0) {
                    pfd[n++] = (struct pollfd){ .fd = cfd, .events = POLLIN };
                }
            }
        }
        if (poll(pfd, n, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            LOG("poll: %s", strerror(errno));
            return 1;
        }
        /* Sockets and children first, then new requests: replies keep the guest's order. */
        for (i = 1; i < n; i++) {
            if (!pfd[i].revents) {
                continue;
            }
            if (traffic_ready(pfd[i].fd, pfd[i].revents)) {
                continue;
            }
            for (fd = 0; fd < MAX_FDS; fd++) {
                if (socks[fd].owned && socks[fd].timer == pfd[i].fd) {
                    uint64_t ticks;

                    if (read(pfd[i].fd, &ticks, sizeof(ticks)) > 0) {
                        reply_tcp_info(socks[fd].sampler_req, fd, "sample_tcp_info");
                    }
                    goto next;
                }
            }
            for (c = 0; c < MAX_CHILDREN; c++) {
                if (children[c].pid && children[c].out == pfd[i].fd) {
                    child_output(&children[c], 0);
                    goto next;
                }
                if (children[c].pid && children[c].err == pfd[i].fd) {
                    child_output(&children[c], 1);
                    goto next;
                }
            }
            if (pfd[i].fd < MAX_FDS && socks[pfd[i].fd].owned) {
                progress(pfd[i].fd, pfd[i].revents);
            }
next:;
        }
        if (pfd[0].revents) {
            read_channel();
        }
    }
}

/*
 * Traffic generators of the relay agent (see traffic.h and relay.proto's
 * UdpSend, UdpReceive, RrServe and RrClient).
 *
 * Each operation belongs to one socket and keeps its state here, indexed by
 * the socket's descriptor. Schedules run on absolute timerfds of
 * CLOCK_MONOTONIC: the next send time is computed from the start and the
 * interval (never from when the timer happened to fire), and every due
 * datagram or request is sent when the timer fires, so the schedule does not
 * drift. Under icount the guest's clock is a function of the instructions it
 * ran, so the same inputs give the same sends at the same times.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "agent.h"
#include "traffic.h"

#define HEADER 8

enum kind { T_NONE, T_UDP_SEND, T_UDP_RECV, T_RR_SERVE, T_RR_CLIENT };

static const char *const op_names[] = { "", "udp_send", "udp_receive", "rr_serve", "rr_client" };

struct traffic {
    enum kind kind;
    uint32_t req;
    int timer;          /* schedule (or end of a receive), -1 if none */
    int sampler;        /* progress reports, -1 if none */
    uint64_t count, bytes, errors;
    int first_error;
    /* udp_send */
    uint32_t dgram;
    uint64_t interval;
    uint64_t *periods;
    size_t nperiods, period;
    uint64_t period_start, next;
    /* rr_serve */
    uint8_t hdr[HEADER];
    size_t hdr_have;
    uint64_t body_left, resp_len, owed;
    int eof;
    /* rr_client */
    uint32_t *req_bytes, *resp_bytes;
    uint64_t *gaps, *due, *done;
    size_t n, issued, written, completed, reported;
    uint64_t written_off;  /* bytes of request `written` sent so far, header included */
    uint64_t resp_have;    /* bytes of response `completed` received so far */
    uint64_t next_due;
    int closed_loop;
};

static struct traffic tr[MAX_FDS];
static uint8_t buf[MAX_DATA];
static int ready;

static void init_once(void)
{
    size_t i;

    if (ready) {
        return;
    }
    for (i = 0; i < MAX_FDS; i++) {
        tr[i].timer = tr[i].sampler = -1;
    }
    ready = 1;
}

/* ---- validation ----------------------------------------------------------- */

int traffic_validate(const Cosim__Relay__Request *q, char *why, size_t n)
{
    size_t i;

    switch (q->op_case) {
    case COSIM__RELAY__REQUEST__OP_UDP_SEND: {
        const Cosim__Relay__UdpSend *u = q->udp_send;

        if (u->datagram_bytes < 1 || u->datagram_bytes > 65507 || u->interval_ns < 1000) {
            snprintf(why, n, "datagram_bytes must be 1 to 65507 and interval_ns at least 1000");
            return EINVAL;
        }
        if (u->n_periods_ns == 0 || u->n_periods_ns > TRAFFIC_MAX_PERIODS) {
            snprintf(why, n, "periods_ns needs 1 to %d entries", TRAFFIC_MAX_PERIODS);
            return EINVAL;
        }
        return 0;
    }
    case COSIM__RELAY__REQUEST__OP_UDP_RECEIVE:
    case COSIM__RELAY__REQUEST__OP_RR_SERVE:
        return 0;
    case COSIM__RELAY__REQUEST__OP_RR_CLIENT: {
        const Cosim__Relay__RrClient *c = q->rr_client;

        if (c->n_request_bytes == 0 || c->n_request_bytes > TRAFFIC_MAX_REQUESTS ||
            c->n_response_bytes != c->n_request_bytes || c->n_gap_ns != c->n_request_bytes) {
            snprintf(why, n, "request_bytes, response_bytes and gap_ns need the same 1 to %d entries", TRAFFIC_MAX_REQUESTS);
            return EINVAL;
        }
        for (i = 0; i < c->n_response_bytes; i++) {
            if (c->response_bytes[i] == 0) {
                snprintf(why, n, "response_bytes[%zu] is 0; a response has at least 1 byte", i);
                return EINVAL;
            }
        }
        return 0;
    }
    default:
        snprintf(why, n, "not a traffic operation");
        return EPROTO;
    }
}

/* ---- timers and reports ----------------------------------------------------- */

static int arm(int timer, uint64_t at_ns)
{
    struct itimerspec its;

    memset(&its, 0, sizeof(its));
    /* 0 would disarm: a time already past must still fire. */
    its.it_value.tv_sec = (time_t)(at_ns / 1000000000u);
    its.it_value.tv_nsec = (long)(at_ns % 1000000000u);
    if (at_ns == 0) {
        its.it_value.tv_nsec = 1;
    }
    return timerfd_settime(timer, TFD_TIMER_ABSTIME, &its, NULL);
}

static int new_timer(void)
{
    return timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
}

/* Its socket's and timers' entries leave the poll set; the timers are closed. */
static void free_state(struct traffic *t)
{
    watch_del((int)(t - tr));
    if (t->timer >= 0) {
        watch_del(t->timer);
        close(t->timer);
    }
    if (t->sampler >= 0) {
        watch_del(t->sampler);
        close(t->sampler);
    }
    free(t->periods);
    free(t->req_bytes);
    free(t->resp_bytes);
    free(t->gaps);
    free(t->due);
    free(t->done);
    memset(t, 0, sizeof(*t));
    t->timer = t->sampler = -1;
}

static void report(struct traffic *t, int final)
{
    Cosim__Relay__Reply r = COSIM__RELAY__REPLY__INIT;
    Cosim__Relay__TrafficReport x = COSIM__RELAY__TRAFFIC_REPORT__INIT;
    const char *err = t->first_error ? strerrorname_np(t->first_error) : NULL;

    x.final = final;
    x.monotonic_ns = agent_monotonic_ns();
    x.count = t->count;
    x.bytes = t->bytes;
    x.errors = t->errors;
    x.first_error = (char *)(err ? err : "");
    if (t->kind == T_RR_CLIENT) {
        x.first_index = (uint32_t)t->reported;
        x.n_due_ns = x.n_completed_ns = t->completed - t->reported;
        x.due_ns = t->due + t->reported;
        x.completed_ns = t->done + t->reported;
        t->reported = t->completed;
    }
    r.id = t->req;
    r.body_case = COSIM__RELAY__REPLY__BODY_TRAFFIC;
    r.traffic = &x;
    agent_reply(&r);
}

static void finish(struct traffic *t)
{
    report(t, 1);
    free_state(t);
}

static void fail(struct traffic *t, int err, const char *what)
{
    agent_reply_error(t->req, op_names[t->kind], err, "%s after %llu: %s", what, (unsigned long long)t->count, strerror(err));
    free_state(t);
}

static void count_error(struct traffic *t, int err)
{
    if (!t->errors) {
        t->first_error = err;
    }
    t->errors++;
}

/* ---- udp_send --------------------------------------------------------------- */

/* Send every datagram due by now, then arm the timer for the next one, or finish. */
static void udp_send_run(int fd, struct traffic *t)
{
    uint64_t now = agent_monotonic_ns();

    while (t->period < t->nperiods) {
        uint64_t end = t->period_start + t->periods[t->period];

        if (t->period % 2 == 0 && t->next < end) {
            if (t->next > now) {
                if (arm(t->timer, t->next) < 0) {
                    fail(t, errno, "timerfd");
                }
                return;
            }
            if (send(fd, agent_pattern, t->dgram, MSG_DONTWAIT | MSG_NOSIGNAL) < 0) {
                int err = errno;

                if (err != EAGAIN && err != ENOBUFS && err != ECONNREFUSED && err != EINTR) {
                    fail(t, err, "send");
                    return;
                }
                count_error(t, err);
            } else {
                t->count++;
                t->bytes += t->dgram;
            }
            t->next += t->interval;
            continue;
        }
        /* Nothing more to send in this span (an off span, or an on span's last datagram is out). */
        if (end > now) {
            if (arm(t->timer, end) < 0) {
                fail(t, errno, "timerfd");
            }
            return;
        }
        t->period++;
        t->period_start = end;
        t->next = end;
    }
    finish(t);
}

/* ---- udp_receive ------------------------------------------------------------ */

static void udp_receive_run(int fd, struct traffic *t)
{
    for (;;) {
        ssize_t n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);
        int err = errno;

        if (n >= 0) {
            t->count++;
            t->bytes += (uint64_t)n;
            continue;
        }
        if (err == EAGAIN || err == EINTR) {
            return;
        }
        if (err != ECONNREFUSED && err != EHOSTUNREACH && err != ENETUNREACH) {
            fail(t, err, "recv");
            return;
        }
        /* An ICMP error queued on the socket: counted, not fatal. */
        count_error(t, err);
    }
}

/* ---- rr_serve --------------------------------------------------------------- */

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void rr_serve_run(int fd, struct traffic *t, short revents)
{
    while (!t->eof && (revents & (POLLIN | POLLHUP | POLLERR))) {
        ssize_t n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);
        size_t pos = 0;

        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR) {
                break;
            }
            fail(t, errno, "recv");
            return;
        }
        if (n == 0) {
            t->eof = 1;
            break;
        }
        while (pos < (size_t)n) {
            if (t->hdr_have < HEADER) {
                size_t take = HEADER - t->hdr_have < (size_t)n - pos ? HEADER - t->hdr_have : (size_t)n - pos;

                memcpy(t->hdr + t->hdr_have, buf + pos, take);
                t->hdr_have += take;
                pos += take;
                if (t->hdr_have < HEADER) {
                    break;
                }
                t->body_left = be32(t->hdr);
                t->resp_len = be32(t->hdr + 4);
            } else {
                size_t take = t->body_left < (uint64_t)n - pos ? (size_t)t->body_left : (size_t)n - pos;

                t->body_left -= take;
                pos += take;
            }
            if (t->hdr_have == HEADER && t->body_left == 0) {
                t->owed += t->resp_len;
                t->count++;
                t->hdr_have = 0;
            }
        }
    }
    /* Responses in request order, as much as the socket takes now; POLLOUT brings the rest. */
    while (t->owed) {
        ssize_t w = send(fd, agent_pattern, t->owed < sizeof(agent_pattern) ? (size_t)t->owed : sizeof(agent_pattern), MSG_DONTWAIT | MSG_NOSIGNAL);

        if (w < 0) {
            if (errno == EAGAIN || errno == EINTR) {
                break;
            }
            fail(t, errno, "send");
            return;
        }
        t->owed -= (uint64_t)w;
        t->bytes += (uint64_t)w;
    }
    if (t->eof && t->owed == 0) {
        finish(t);
    }
}

/* ---- rr_client -------------------------------------------------------------- */

/* Make every request due by now, then arm the timer for the next (open loop). */
static int rr_client_issue(struct traffic *t, uint64_t now)
{
    while (t->issued < t->n && t->next_due <= now) {
        t->due[t->issued++] = t->next_due;
        if (t->closed_loop || t->issued == t->n) {
            t->next_due = UINT64_MAX;
            break;
        }
        t->next_due += t->gaps[t->issued];
    }
    if (t->next_due != UINT64_MAX && arm(t->timer, t->next_due) < 0) {
        return -1;
    }
    return 0;
}

static void rr_client_run(int fd, struct traffic *t, short revents)
{
    uint64_t now = agent_monotonic_ns();

    if (rr_client_issue(t, now) < 0) {
        fail(t, errno, "timerfd");
        return;
    }
    while (t->written < t->issued) {
        uint64_t total = HEADER + (uint64_t)t->req_bytes[t->written];
        size_t len;
        ssize_t w;

        if (t->written_off < HEADER) {
            uint32_t rq = t->req_bytes[t->written], rs = t->resp_bytes[t->written];
            uint8_t h[HEADER] = { rq >> 24, rq >> 16, rq >> 8, rq, rs >> 24, rs >> 16, rs >> 8, rs };
            uint64_t body = total - HEADER < sizeof(buf) - HEADER ? total - HEADER : sizeof(buf) - HEADER;

            /* Header and the start of the body in one send, as an application would. */
            memcpy(buf, h, HEADER);
            memcpy(buf + HEADER, agent_pattern, (size_t)body);
            len = (size_t)(HEADER + body - t->written_off);
            w = send(fd, buf + t->written_off, len, MSG_DONTWAIT | MSG_NOSIGNAL);
        } else {
            uint64_t left = total - t->written_off;

            len = left < sizeof(agent_pattern) ? (size_t)left : sizeof(agent_pattern);
            w = send(fd, agent_pattern, len, MSG_DONTWAIT | MSG_NOSIGNAL);
        }
        if (w < 0) {
            if (errno == EAGAIN || errno == EINTR) {
                break;
            }
            fail(t, errno, "send");
            return;
        }
        t->written_off += (uint64_t)w;
        if (t->written_off == total) {
            t->written++;
            t->written_off = 0;
        }
    }
    while (revents & (POLLIN | POLLHUP | POLLERR)) {
        ssize_t n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);
        uint64_t got;

        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR) {
                break;
            }
            fail(t, errno, "recv");
            return;
        }
        if (n == 0) {
            fail(t, ECONNRESET, "the server closed the connection");
            return;
        }
        got = (uint64_t)n;
        t->bytes += got;
        now = agent_monotonic_ns();
        while (got && t->completed < t->issued) {
            uint64_t need = t->resp_bytes[t->completed] - t->resp_have;
            uint64_t take = got < need ? got : need;

            t->resp_have += take;
            got -= take;
            if (t->resp_have == t->resp_bytes[t->completed]) {
                t->done[t->completed++] = now;
                t->count++;
                t->resp_have = 0;
                if (t->closed_loop && t->completed < t->n) {
                    t->next_due = now + t->gaps[t->completed];
                }
            }
        }
        if (got) {
            fail(t, EPROTO, "more response bytes than asked for");
            return;
        }
    }
    if (t->completed == t->n) {
        if (shutdown(fd, SHUT_WR) < 0) {
            fail(t, errno, "shutdown");
            return;
        }
        finish(t);
        return;
    }
    /* A closed loop's next request may have become due just now. */
    if (t->closed_loop && t->next_due <= agent_monotonic_ns() && t->issued < t->n) {
        rr_client_run(fd, t, 0);
    } else if (t->closed_loop && t->next_due != UINT64_MAX && arm(t->timer, t->next_due) < 0) {
        fail(t, errno, "timerfd");
    }
}

/* ---- starting and polling --------------------------------------------------- */

static int copy64(uint64_t **dst, const uint64_t *src, size_t n)
{
    *dst = calloc(n ? n : 1, sizeof(**dst));
    if (!*dst) {
        return -1;
    }
    if (src) {
        memcpy(*dst, src, n * sizeof(**dst));
    }
    return 0;
}

static int copy32(uint32_t **dst, const uint32_t *src, size_t n)
{
    *dst = calloc(n ? n : 1, sizeof(**dst));
    if (!*dst) {
        return -1;
    }
    memcpy(*dst, src, n * sizeof(**dst));
    return 0;
}

static int nodelay(int fd)
{
    int one = 1;

    return setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
}

static void on_socket(int fd, short revents, int arg);
static void on_timer(int timer, short revents, int fd);
static void on_sampler(int sampler, short revents, int fd);

/* What the operation waits for on its socket now (0: nothing, only its timers). */
static short socket_events(const struct traffic *t)
{
    switch (t->kind) {
    case T_UDP_RECV:
        return POLLIN;
    case T_RR_SERVE:
        return (short)((t->eof ? 0 : POLLIN) | (t->owed ? POLLOUT : 0));
    case T_RR_CLIENT:
        return (short)(POLLIN | (t->written < t->issued ? POLLOUT : 0));
    default:
        return 0;
    }
}

/* After a step of the operation on fd: what its socket waits for next, if it still runs. */
static void rewatch(int fd)
{
    if (tr[fd].kind != T_NONE) {
        watch_set(fd, socket_events(&tr[fd]));
    }
}

void traffic_start(const Cosim__Relay__Request *q)
{
    uint32_t id = q->id;
    uint64_t sample = 0, now;
    struct traffic *t;
    enum kind kind;
    int fd;

    init_once();
    switch (q->op_case) {
    case COSIM__RELAY__REQUEST__OP_UDP_SEND:
        kind = T_UDP_SEND, fd = q->udp_send->fd, sample = q->udp_send->sample_interval_ns;
        break;
    case COSIM__RELAY__REQUEST__OP_UDP_RECEIVE:
        kind = T_UDP_RECV, fd = q->udp_receive->fd, sample = q->udp_receive->sample_interval_ns;
        break;
    case COSIM__RELAY__REQUEST__OP_RR_SERVE:
        kind = T_RR_SERVE, fd = q->rr_serve->fd;
        break;
    case COSIM__RELAY__REQUEST__OP_RR_CLIENT:
        kind = T_RR_CLIENT, fd = q->rr_client->fd, sample = q->rr_client->sample_interval_ns;
        break;
    default:
        agent_reply_error(id, "request", EPROTO, "not a traffic operation");
        return;
    }
    if (!agent_own_fd(id, op_names[kind], fd) || agent_busy(id, op_names[kind], fd)) {
        return;
    }
    if (fd >= MAX_FDS || tr[fd].kind != T_NONE) {
        agent_reply_error(id, op_names[kind], EBUSY, "fd %d already runs a traffic operation", fd);
        return;
    }
    if (sample && sample < 1000000) {
        agent_reply_error(id, op_names[kind], EINVAL, "sample_interval_ns must be 0 or at least 1 ms");
        return;
    }
    t = &tr[fd];
    t->kind = kind;
    t->req = id;
    /* Its socket's entry waits for nothing until the operation is set up (rewatch below). */
    watch_add(fd, 0, on_socket, 0);
    now = agent_monotonic_ns();
    if (kind != T_RR_SERVE) {
        if ((t->timer = new_timer()) < 0) {
            fail(t, errno, "timerfd_create");
            return;
        }
        watch_add(t->timer, POLLIN, on_timer, fd);
    }
    if (sample) {
        struct itimerspec its;

        its.it_interval.tv_sec = (time_t)(sample / 1000000000u);
        its.it_interval.tv_nsec = (long)(sample % 1000000000u);
        its.it_value = its.it_interval;
        if ((t->sampler = new_timer()) < 0) {
            fail(t, errno, "timerfd");
            return;
        }
        watch_add(t->sampler, POLLIN, on_sampler, fd);
        if (timerfd_settime(t->sampler, 0, &its, NULL) < 0) {
            fail(t, errno, "timerfd");
            return;
        }
    }
    switch (kind) {
    case T_UDP_SEND:
        t->dgram = q->udp_send->datagram_bytes;
        t->interval = q->udp_send->interval_ns;
        t->nperiods = q->udp_send->n_periods_ns;
        if (copy64(&t->periods, q->udp_send->periods_ns, t->nperiods) < 0) {
            fail(t, ENOMEM, "setup");
            return;
        }
        t->period_start = t->next = now;
        udp_send_run(fd, t);
        break;
    case T_UDP_RECV:
        if (q->udp_receive->duration_ns && arm(t->timer, now + q->udp_receive->duration_ns) < 0) {
            fail(t, errno, "timerfd");
        }
        break;
    case T_RR_SERVE:
        if (nodelay(fd) < 0) {
            fail(t, errno, "setsockopt(TCP_NODELAY)");
        }
        break;
    case T_RR_CLIENT: {
        const Cosim__Relay__RrClient *c = q->rr_client;

        t->n = c->n_request_bytes;
        t->closed_loop = c->closed_loop;
        if (copy32(&t->req_bytes, c->request_bytes, t->n) < 0 || copy32(&t->resp_bytes, c->response_bytes, t->n) < 0 ||
            copy64(&t->gaps, c->gap_ns, t->n) < 0 || copy64(&t->due, NULL, t->n) < 0 || copy64(&t->done, NULL, t->n) < 0) {
            fail(t, ENOMEM, "setup");
            return;
        }
        if (nodelay(fd) < 0) {
            fail(t, errno, "setsockopt(TCP_NODELAY)");
            return;
        }
        t->next_due = now + t->gaps[0];
        rr_client_run(fd, t, 0);
        break;
    }
    case T_NONE:
        return;
    }
    rewatch(fd);
}

int traffic_active(int fd)
{
    return fd >= 0 && fd < MAX_FDS && ready && tr[fd].kind != T_NONE;
}

static void run(int fd, struct traffic *t, short revents)
{
    switch (t->kind) {
    case T_UDP_SEND:
        udp_send_run(fd, t);
        return;
    case T_UDP_RECV:
        udp_receive_run(fd, t);
        return;
    case T_RR_SERVE:
        rr_serve_run(fd, t, revents);
        return;
    case T_RR_CLIENT:
        rr_client_run(fd, t, revents);
        return;
    case T_NONE:
        return;
    }
}

/* The poll set's function for a traffic socket. */
static void on_socket(int fd, short revents, int arg)
{
    (void)arg;
    run(fd, &tr[fd], revents);
    rewatch(fd);
}

/* The poll set's function for an operation's schedule timer; fd is its socket. */
static void on_timer(int timer, short revents, int fd)
{
    struct traffic *t = &tr[fd];
    uint64_t ticks;

    (void)revents;
    if (read(timer, &ticks, sizeof(ticks)) < 0 && errno != EAGAIN) {
        fail(t, errno, "timerfd read");
        return;
    }
    if (t->kind == T_UDP_RECV) {
        /* The receive's end: count what is already queued first. */
        udp_receive_run(fd, t);
        if (t->kind == T_UDP_RECV) {
            finish(t);
        }
        return;
    }
    run(fd, t, 0);
    rewatch(fd);
}

/* The poll set's function for an operation's progress reports; fd is its socket. */
static void on_sampler(int sampler, short revents, int fd)
{
    uint64_t ticks;

    (void)revents;
    if (read(sampler, &ticks, sizeof(ticks)) >= 0) {
        report(&tr[fd], 0);
    } else if (errno != EAGAIN && errno != EINTR) {
        fail(&tr[fd], errno, "timerfd read");
    }
}

void traffic_forget(int fd)
{
    if (!traffic_active(fd)) {
        return;
    }
    agent_reply_error(tr[fd].req, op_names[tr[fd].kind], ECANCELED, "fd %d was closed", fd);
    free_state(&tr[fd]);
}

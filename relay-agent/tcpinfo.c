/*
 * TCP_INFO (agent.h): once (tcp_info), or every interval_ns on a timerfd of
 * CLOCK_MONOTONIC (sample_tcp_info), each sample a TcpInfo reply with the
 * sampler request's id, until the socket is closed. One sampler per socket.
 * Each sample carries the ticks missed so far: timerfd counts expirations,
 * so a loop kept busy past an interval shows instead of passing unnoticed.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/timerfd.h>

#include "agent.h"

struct sampler {
    int on;
    int timer;
    uint32_t req;
    uint64_t missed;    /* ticks that passed without a sample (timerfd's count past 1) */
};

static struct sampler samplers[MAX_FDS];

static int fill_tcp_info(int fd, Cosim__Relay__TcpInfo *t)
{
    struct tcp_info i;
    socklen_t len = sizeof(i);

    memset(&i, 0, sizeof(i));
    if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &i, &len) < 0) {
        return -1;
    }
    t->info_length = len;
    t->monotonic_ns = agent_monotonic_ns();
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

static void reply_tcp_info(uint32_t id, int fd, const char *op, uint64_t missed)
{
    Cosim__Relay__Reply r = COSIM__RELAY__REPLY__INIT;
    Cosim__Relay__TcpInfo t = COSIM__RELAY__TCP_INFO__INIT;

    if (fill_tcp_info(fd, &t) < 0) {
        agent_reply_error(id, op, errno, "getsockopt(TCP_INFO) on fd %d: %s", fd, strerror(errno));
        return;
    }
    t.missed_ticks = missed;
    r.id = id;
    r.body_case = COSIM__RELAY__REPLY__BODY_TCP_INFO;
    r.tcp_info = &t;
    agent_reply(&r);
}

void op_tcp_info(const Cosim__Relay__Request *q)
{
    if (agent_own_fd(q->id, "tcp_info", q->tcp_info->fd)) {
        reply_tcp_info(q->id, q->tcp_info->fd, "tcp_info", 0);
    }
}

void tcpinfo_forget(int fd)
{
    struct sampler *s = &samplers[fd];

    if (s->on) {
        watch_del(s->timer);
        close(s->timer);
        memset(s, 0, sizeof(*s));
    }
}

/* The poll set's function for a sampler's timer; arg is the socket. */
static void tick(int timer, short revents, int fd)
{
    uint64_t ticks;

    (void)revents;
    if (read(timer, &ticks, sizeof(ticks)) >= 0) {
        /* More than one expiration since the last read: the loop was busy past an interval. */
        samplers[fd].missed += ticks > 1 ? ticks - 1 : 0;
        reply_tcp_info(samplers[fd].req, fd, "sample_tcp_info", samplers[fd].missed);
    } else if (errno != EAGAIN && errno != EINTR) {
        /* A timer that cannot be read would wake the loop forever: stop it, saying why. */
        agent_reply_error(samplers[fd].req, "sample_tcp_info", errno, "timerfd read: %s; sampler stopped", strerror(errno));
        tcpinfo_forget(fd);
    }
}

void op_sample_tcp_info(const Cosim__Relay__Request *q)
{
    uint64_t ns = q->sample_tcp_info->interval_ns;
    int fd = q->sample_tcp_info->fd, timer;
    struct itimerspec its;

    if (!agent_own_fd(q->id, "sample_tcp_info", fd)) {
        return;
    }
    if (ns < 100000 || samplers[fd].on) {
        agent_reply_error(q->id, "sample_tcp_info", EINVAL, "interval must be >= 100 us and one sampler per socket");
        return;
    }
    timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (timer < 0) {
        agent_reply_error(q->id, "sample_tcp_info", errno, "timerfd: %s", strerror(errno));
        return;
    }
    its.it_interval.tv_sec = (time_t)(ns / 1000000000u);
    its.it_interval.tv_nsec = (long)(ns % 1000000000u);
    its.it_value = its.it_interval;
    if (timerfd_settime(timer, 0, &its, NULL) < 0) {
        int err = errno;

        /* Not kept: a later sampler on this socket must still be possible. */
        close(timer);
        agent_reply_error(q->id, "sample_tcp_info", err, "timerfd: %s", strerror(err));
        return;
    }
    samplers[fd] = (struct sampler){ .on = 1, .timer = timer, .req = q->id };
    watch_add(timer, POLLIN, tick, fd);
    agent_reply_ok(q->id);
}

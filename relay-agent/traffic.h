/*
 * Traffic generators of the relay agent (traffic.c): paced UDP senders and
 * counting receivers, and the two ends of a request/response exchange. Each
 * runs inside the agent's poll loop on its own timers of the guest's
 * CLOCK_MONOTONIC, so pacing costs no relay round trip per datagram or
 * request, and icount makes it deterministic.
 *
 * agent.c calls the traffic_* functions below; traffic.c uses the few agent
 * functions declared after them.
 */
#ifndef COSIM_RELAY_TRAFFIC_H
#define COSIM_RELAY_TRAFFIC_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>

#include "relay.pb-c.h"

/* Most requests one request/response client may carry, and on/off periods one sender. */
#define TRAFFIC_MAX_REQUESTS 20000
#define TRAFFIC_MAX_PERIODS 20000

/* 0, or an errno with `why` saying which field of a traffic request is out of bounds. */
int traffic_validate(const Cosim__Relay__Request *q, char *why, size_t n);
/* Start the operation of a traffic request (udp_send, udp_receive, rr_serve, rr_client). */
void traffic_start(const Cosim__Relay__Request *q);
/* Whether socket `fd` is busy with a traffic operation. */
int traffic_active(int fd);
/* Append the descriptors the running operations wait on; returns the new count. */
size_t traffic_pollfds(struct pollfd *pfd, size_t n, size_t cap);
/* Handle readiness of `fd` if it is a traffic socket or timer; returns 1 if it was one. */
int traffic_ready(int fd, short revents);
/* The agent closes socket `fd`: cancel its operation (an ECANCELED reply) and free its timers. */
void traffic_forget(int fd);

/* From agent.c. */
void agent_reply(Cosim__Relay__Reply *r);
void agent_reply_error(uint32_t id, const char *op, int err, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
int agent_own_fd(uint32_t id, const char *op, int fd);
int agent_busy(uint32_t id, const char *op, int fd);
uint64_t agent_monotonic_ns(void);

#endif

/*
 * Traffic generators of the relay agent (traffic.c): paced UDP senders and
 * counting receivers, and the two ends of a request/response exchange. Each
 * runs inside the agent's poll loop on its own timers of the guest's
 * CLOCK_MONOTONIC, so pacing costs no relay round trip per datagram or
 * request, and icount makes it deterministic.
 *
 * agent.c starts them through its table of operations (traffic_start) and
 * sockets.c asks about and cancels them; traffic.c uses what agent.h shares.
 */
#ifndef COSIM_RELAY_TRAFFIC_H
#define COSIM_RELAY_TRAFFIC_H

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
/* The agent closes socket `fd`: cancel its operation (an ECANCELED reply) and free its timers. */
void traffic_forget(int fd);

#endif

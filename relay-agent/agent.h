/*
 * What the relay agent's files share (README.md lists them): the caps of
 * relay.proto, replies, the clock, the poll set, socket ownership, and the
 * handler of each request operation, grouped by the file that defines it.
 *
 * agent.c owns the channel and the loop; every other file performs one
 * family of operations and reports through the reply functions below. No
 * file but agent.c reads the channel, and no file but pollset.c calls poll().
 */
#ifndef COSIM_RELAY_AGENT_H
#define COSIM_RELAY_AGENT_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

#include "relay.pb-c.h"

/* The caps listed at the top of relay.proto, and the agent's own tables. */
#define MAX_FRAME (1u << 20)
#define MAX_STRING 4096
#define MAX_DATA (64u << 10)
#define MAX_ARGS 64
#define MAX_FDS 1024        /* sockets: a descriptor at or past it is refused (EMFILE) */
#define MAX_CHILDREN 16
#define MAX_ENTROPY 64

#define LOG(fmt, ...) fprintf(stderr, "cosim-relay[%d]: " fmt "\n", (int)getpid(), ##__VA_ARGS__)

/*
 * Descriptors the agent only reads from or never used (timers, a child's
 * pipes, a /proc file, a socket refused as one too many) are closed without
 * looking at close()'s result: Linux frees the descriptor whatever it
 * returns, and no data can be lost. A socket's close is reported (op_close).
 */

/* ---- agent.c: replies and the clock ------------------------------------- */

/* Write one Reply to the channel; a channel that fails stops the agent. */
void agent_reply(Cosim__Relay__Reply *r);
/* The structured error: errno's name (strerrorname_np), the op and a message. */
void agent_reply_error(uint32_t id, const char *op, int err, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void agent_reply_done(uint32_t id, Cosim__Relay__Done *d);
void agent_reply_ok(uint32_t id);
/* The guest's CLOCK_MONOTONIC in nanoseconds. */
uint64_t agent_monotonic_ns(void);
/* The bytes of every generated write: byte i is i * 31 + 7 (set up by main()). */
extern uint8_t agent_pattern[MAX_DATA];

/* ---- pollset.c: the descriptors the loop waits on --------------------------- */

/*
 * A dense array of the descriptors being waited on, so that a wake-up costs
 * in proportion to them (inside a guest that is simulated CPU time). Each
 * entry names the function its readiness goes to and an argument for it.
 * A descriptor has at most one entry; remove it before closing it.
 */
typedef void watch_fn(int fd, short revents, int arg);

void watch_add(int fd, short events, watch_fn *fn, int arg);
/* New events for fd's entry; 0 keeps the entry but leaves it out of poll(). */
void watch_set(int fd, short events);
void watch_del(int fd);
/*
 * Wait until something is ready, then run the functions of ready entries in
 * the order they were added; the first entry (the channel, added first)
 * runs last, so replies about sockets and children go out before new
 * requests are read. Returns -1 (errno set) only if poll() itself fails.
 */
int watch_wait(void);

/* ---- sockets.c: sockets and their I/O ---------------------------------------- */

/* 1 if fd is a socket this agent opened, else an EBADF reply and 0. */
int agent_own_fd(uint32_t id, const char *op, int fd);
/* 1 after an EBUSY reply if fd has an operation in progress (its own or traffic.c's), else 0. */
int agent_busy(uint32_t id, const char *op, int fd);
/* host ("" for any) and port to a socket address; 0 if they are not one. */
int make_addr(const char *host, uint32_t port, struct sockaddr_storage *ss, socklen_t *len);

void op_socket(const Cosim__Relay__Request *q);
void op_bind(const Cosim__Relay__Request *q);
void op_listen(const Cosim__Relay__Request *q);
void op_accept(const Cosim__Relay__Request *q);
void op_connect(const Cosim__Relay__Request *q);
void op_setsockopt(const Cosim__Relay__Request *q);
void op_getsockopt(const Cosim__Relay__Request *q);
void op_write(const Cosim__Relay__Request *q);
void op_write_generated(const Cosim__Relay__Request *q);
void op_read(const Cosim__Relay__Request *q);
void op_read_discard(const Cosim__Relay__Request *q);
void op_close(const Cosim__Relay__Request *q);
void op_shutdown(const Cosim__Relay__Request *q);

/* ---- tcpinfo.c: TCP_INFO once, and its periodic sampler ----------------------- */

void op_tcp_info(const Cosim__Relay__Request *q);
void op_sample_tcp_info(const Cosim__Relay__Request *q);
/* Socket fd is being closed: stop its sampler, if any. */
void tcpinfo_forget(int fd);

/* ---- exec.c: programs ----------------------------------------------------- */

void op_exec(const Cosim__Relay__Request *q);
void op_exec_cancel(const Cosim__Relay__Request *q);

/* ---- sysctl.c: kernel settings ---------------------------------------------- */

/* A net.* key to its /proc/sys path; 0 for any other key (or one with '..' or '/'). */
int sysctl_path(const char *key, char *path, size_t n);

void op_sysctl_get(const Cosim__Relay__Request *q);
void op_sysctl_set(const Cosim__Relay__Request *q);
void op_add_entropy(const Cosim__Relay__Request *q);

/* ---- vhost.c: virtual IP hosts ---------------------------------------------- */

/*
 * Run the next call inside namespace ns ("" for the agent's own): 1 once
 * entered, or 0 after an error reply. agent_back_home() must follow; an agent
 * that cannot go back would do every later request in the wrong host, so it
 * stops.
 */
int agent_enter_ns(uint32_t id, const char *op, const char *ns);
void agent_back_home(const char *ns);

void op_netns_create(const Cosim__Relay__Request *q);
void op_vlan_create(const Cosim__Relay__Request *q);

/* traffic.c's operations (udp_send, udp_receive, rr_serve, rr_client) are in traffic.h. */

#endif

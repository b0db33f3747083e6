/*
 * The descriptors the agent waits on (agent.h, watch_*), kept compact.
 *
 * Inside a guest every instruction of the agent is simulated time, and the
 * loop wakes up for every datagram, timer tick and request. So poll() gets
 * a dense array of exactly the descriptors in use, and each entry carries
 * the function its readiness goes to: a wake-up costs in proportion to the
 * open descriptors, with no scan of per-descriptor tables.
 *
 * Entries keep the order they were added in, so the order in which ready
 * descriptors are served depends only on what the agent was asked to do.
 * An entry removed while the ready ones are being served is only marked
 * (the loop still walks the array); marked entries are squeezed out before
 * the next poll(), or when the array is full outside that walk.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>

#include "agent.h"

/*
 * At most one entry per descriptor: the channel; per socket one for the
 * socket (its pending operation or its traffic operation), its TCP_INFO
 * sampler and a traffic operation's two timers; per child two pipes, a
 * pidfd and a timer.
 * Twice that, for entries removed while the ready ones are served: they
 * stay until the walk is over.
 */
#define LIVE_MAX (1 + MAX_FDS * 4 + MAX_CHILDREN * 4)
#define CAP (2 * LIVE_MAX)

struct watch {
    int fd;             /* -1 once removed */
    watch_fn *fn;
    int arg;
};

static struct pollfd pfd[CAP];
static struct watch w[CAP];
static size_t used;     /* entries in pfd[] and w[], removed ones included */
static size_t removed;
static int walking;     /* watch_wait() is serving entries 1..: do not move them */

/* Squeeze out removed entries, keeping the others' order. */
static void compact(void)
{
    size_t i, k = 0;

    if (!removed || walking) {
        return;
    }
    for (i = 0; i < used; i++) {
        if (w[i].fd >= 0) {
            pfd[k] = pfd[i];
            w[k++] = w[i];
        }
    }
    used = k;
    removed = 0;
}

static size_t find(int fd)
{
    size_t i;

    for (i = 0; i < used; i++) {
        if (w[i].fd == fd) {
            return i;
        }
    }
    return used;
}

void watch_add(int fd, short events, watch_fn *fn, int arg)
{
    if (used == CAP) {
        compact();
    }
    if (used == CAP) {
        /* CAP covers every descriptor the agent can hold at once (see LIVE_MAX). */
        LOG("internal: more than %d descriptors to wait on", CAP);
        abort();
    }
    w[used] = (struct watch){ .fd = fd, .fn = fn, .arg = arg };
    pfd[used] = (struct pollfd){ .fd = events ? fd : -1, .events = events };
    used++;
}

void watch_set(int fd, short events)
{
    size_t i = find(fd);

    if (i < used) {
        pfd[i].fd = events ? fd : -1;
        pfd[i].events = events;
    }
}

void watch_del(int fd)
{
    size_t i = find(fd);

    if (i < used) {
        w[i].fd = -1;
        pfd[i].fd = -1;
        pfd[i].revents = 0;
        removed++;
    }
}

int watch_wait(void)
{
    size_t i, n;

    compact();
    if (poll(pfd, (nfds_t)used, -1) < 0) {
        return errno == EINTR ? 0 : -1;
    }
    /* Entries added by the functions below wait for the next poll(). */
    n = used;
    walking = 1;
    for (i = 1; i < n; i++) {
        if (pfd[i].revents && w[i].fd >= 0) {
            w[i].fn(w[i].fd, pfd[i].revents, w[i].arg);
        }
    }
    walking = 0;
    compact();
    /* The first entry last: new requests after the replies already due. */
    if (used && pfd[0].revents && w[0].fd >= 0) {
        w[0].fn(w[0].fd, pfd[0].revents, w[0].arg);
    }
    return 0;
}

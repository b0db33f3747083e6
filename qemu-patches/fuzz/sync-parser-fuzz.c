/*
 * libFuzzer harness for the cosim-sync message checks (cosim_msg_parse in
 * the patched QEMU's system/cosim-sync-msg.c), built by run.sh beside it.
 *
 * The input is what an orchestrator could write on the sync socket while
 * QEMU serves a sync point, preceded by eight bytes: which net and serial
 * ports are bound (two u16 bit masks), and how many input bytes are
 * already queued for far-off times (u32, at most the limit).  The harness
 * consumes it as cosim_sync_serve() does: a 16-byte header, checked before
 * anything else, then the payload it announces.  An input stamped after
 * the sync point is queued; a GRANT moves the sync point to its horizon,
 * as the next REACHED would, and the inputs due by then leave the queue,
 * delivered; QUIT or a refused header ends the input, as it ends QEMU.
 *
 * Besides the sanitizers, it checks what every accepted header promises
 * the code that acts on it (among them a stamp neither before the sync
 * point nor more than an hour after it, and a queue within its bound),
 * and that every refusal comes with a message naming the byte offset.
 *
 * Copyright (c) 2026 cosim developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/bswap.h"
#include "cosim-sync-msg.h"

/* The inputs queued for later times, as the sync object keeps them */
#define MAX_QUEUED_INPUTS 4096
static struct {
    uint64_t time_ns;
    uint32_t len;
} queue[MAX_QUEUED_INPUTS];
static size_t queue_len;

static void check_accepted(const CosimMsg *msg, uint64_t reached,
                           const uint16_t *port_mask, uint64_t queued)
{
    switch (msg->kind) {
    case COSIM_MSG_FRAME_IN:
    case COSIM_MSG_SERIAL_IN:
        assert(msg->port < COSIM_MAX_PORTS);
        assert(port_mask[msg->kind == COSIM_MSG_SERIAL_IN] &
               (1u << msg->port));
        assert(msg->time_ns >= reached);
        assert(msg->time_ns - reached <= 3600 * 1000000000ULL);
        assert(msg->len >= (msg->kind == COSIM_MSG_FRAME_IN ? 14 : 1));
        assert(msg->len <= COSIM_MAX_PAYLOAD);
        assert(msg->time_ns == reached ||
               queued + msg->len <= 64 * 1024 * 1024);
        break;
    case COSIM_MSG_GRANT:
        assert(msg->time_ns > reached && msg->time_ns <= INT64_MAX);
        assert(msg->len == 0 && msg->port == 0);
        break;
    case COSIM_MSG_QUIT:
        assert(msg->len == 0 && msg->port == 0);
        break;
    case COSIM_MSG_SNAPSHOT:
        assert(msg->time_ns == reached && queued == 0);
        assert(msg->len == 0 && msg->port == 0);
        break;
    default:
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint16_t port_mask[2];
    uint64_t reached = 0;
    uint64_t queued;
    size_t pos = 8;

    if (size < 8) {
        return 0;
    }
    port_mask[COSIM_PORT_NET] = lduw_le_p(data);
    port_mask[COSIM_PORT_SERIAL] = lduw_le_p(data + 2);
    queued = MIN(ldl_le_p(data + 4), COSIM_MAX_QUEUED);
    queue_len = 0;

    while (size - pos >= COSIM_HEADER_LEN) {
        Error *err = NULL;
        CosimMsg msg;

        if (!cosim_msg_parse(&msg, data + pos, pos - 8, reached, port_mask,
                             queued, &err)) {
            const char *why = error_get_pretty(err);

            assert(strstr(why, " at byte ") != NULL);
            error_free(err);
            return 0;
        }
        assert(msg.offset == pos - 8);
        check_accepted(&msg, reached, port_mask, queued);
        pos += COSIM_HEADER_LEN;
        /* A short payload is the socket closing mid-message. */
        if (size - pos < msg.len) {
            return 0;
        }
        pos += msg.len;
        if (msg.kind == COSIM_MSG_GRANT) {
            size_t i, kept = 0;

            /* Inputs due by the horizon are delivered before it. */
            reached = msg.time_ns;
            for (i = 0; i < queue_len; i++) {
                if (queue[i].time_ns <= reached) {
                    queued -= queue[i].len;
                } else {
                    queue[kept++] = queue[i];
                }
            }
            queue_len = kept;
        } else if (msg.kind == COSIM_MSG_QUIT ||
                   msg.kind == COSIM_MSG_SNAPSHOT) {
            /* QEMU reads nothing more after either. */
            return 0;
        } else if (msg.time_ns > reached) {
            assert(queue_len < MAX_QUEUED_INPUTS);
            queue[queue_len].time_ns = msg.time_ns;
            queue[queue_len++].len = msg.len;
            queued += msg.len;
        }
    }
    return 0;
}

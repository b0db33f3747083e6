/*
 * libFuzzer harness for the cosim-sync message checks (cosim_msg_parse in
 * the patched QEMU's system/cosim-sync-msg.c), built by run.sh beside it.
 *
 * The input is what an orchestrator could write on the sync socket while
 * QEMU serves a sync point, preceded by four bytes that say which net and
 * serial ports are bound (two u16 bit masks).  The harness consumes it as
 * cosim_sync_serve() does: a 16-byte header, checked before anything else,
 * then the payload it announces.  A GRANT moves the sync point to its
 * horizon, as the next REACHED would; QUIT or a refused header ends the
 * input, as it ends QEMU.
 *
 * Besides the sanitizers, it checks what every accepted header promises
 * the code that acts on it, and that every refusal comes with a message
 * naming the byte offset.
 *
 * Copyright (c) 2026 cosim developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/bswap.h"
#include "cosim-sync-msg.h"

static void check_accepted(const CosimMsg *msg, uint64_t reached,
                           const uint16_t *port_mask)
{
    switch (msg->kind) {
    case COSIM_MSG_FRAME_IN:
    case COSIM_MSG_SERIAL_IN:
        assert(msg->port < COSIM_MAX_PORTS);
        assert(port_mask[msg->kind == COSIM_MSG_SERIAL_IN] &
               (1u << msg->port));
        assert(msg->time_ns == reached);
        assert(msg->len >= (msg->kind == COSIM_MSG_FRAME_IN ? 14 : 1));
        assert(msg->len <= COSIM_MAX_PAYLOAD);
        break;
    case COSIM_MSG_GRANT:
        assert(msg->time_ns > reached && msg->time_ns <= INT64_MAX);
        assert(msg->len == 0 && msg->port == 0);
        break;
    case COSIM_MSG_QUIT:
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
    size_t pos = 4;

    if (size < 4) {
        return 0;
    }
    port_mask[COSIM_PORT_NET] = lduw_le_p(data);
    port_mask[COSIM_PORT_SERIAL] = lduw_le_p(data + 2);

    while (size - pos >= COSIM_HEADER_LEN) {
        Error *err = NULL;
        CosimMsg msg;

        if (!cosim_msg_parse(&msg, data + pos, pos - 4, reached, port_mask,
                             &err)) {
            const char *why = error_get_pretty(err);

            assert(strstr(why, " at byte ") != NULL);
            error_free(err);
            return 0;
        }
        assert(msg.offset == pos - 4);
        check_accepted(&msg, reached, port_mask);
        pos += COSIM_HEADER_LEN;
        /* A short payload is the socket closing mid-message. */
        if (size - pos < msg.len) {
            return 0;
        }
        pos += msg.len;
        if (msg.kind == COSIM_MSG_GRANT) {
            reached = msg.time_ns;
        } else if (msg.kind == COSIM_MSG_QUIT) {
            return 0;
        }
    }
    return 0;
}

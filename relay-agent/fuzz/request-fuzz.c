/*
 * libFuzzer harness for the relay agent's request decoder: the bytes the
 * orchestrator's channel delivers, through the agent's own framing
 * (parse_frames), protobuf-c's unpack of a Request and validate_request
 * (traffic requests through traffic.c's traffic_validate), with the agent's
 * error replies packed as on the real channel (to /dev/null). Only handle()
 * (the table of operations) is replaced: instead of performing socket,
 * exec, sysctl or traffic calls, check_request() asserts what the
 * operations rely on and runs the pure helpers they feed request strings to
 * (make_addr of sockets.c, sysctl_path of sysctl.c) and a reply carrying
 * them. The other files of the agent are linked as they are.
 *
 * The first input byte chooses where the rest is split into two channel
 * reads, so frames cut in two (and length prefixes cut in two, and the
 * skipping of oversized frames) are exercised as well.
 *
 * Built by run.sh with -Dmain=cosim_relay_main (libFuzzer has the main).
 */

#include "../agent.c"

static int fuzz_fail(const char *what)
{
    fprintf(stderr, "request-fuzz: invariant broken: %s\n", what);
    abort();
}

static void check_string(const char *s)
{
    if (s && strlen(s) > MAX_STRING) {
        fuzz_fail("a string longer than MAX_STRING passed validation");
    }
}

/* A netns that passed validation: empty, or a plain name under /run/netns (netns.c). */
static void check_netns(const char *ns, int required)
{
    check_string(ns);
    if ((ns[0] || required) && !netns_name_ok(ns)) {
        fuzz_fail("a netns that is not a plain name passed validation");
    }
}

static void check_request(const Cosim__Relay__Request *q)
{
    struct sockaddr_storage ss;
    socklen_t sl;
    char path[256];
    Cosim__Relay__Done d = COSIM__RELAY__DONE__INIT;
    size_t i;

    switch (q->op_case) {
    case COSIM__RELAY__REQUEST__OP_BIND:
        check_string(q->bind->addr);
        make_addr(q->bind->addr, q->bind->port, &ss, &sl);
        d.text = q->bind->addr;
        break;
    case COSIM__RELAY__REQUEST__OP_CONNECT:
        check_string(q->connect->addr);
        make_addr(q->connect->addr, q->connect->port, &ss, &sl);
        d.text = q->connect->addr;
        break;
    case COSIM__RELAY__REQUEST__OP_SETSOCKOPT:
        if (q->setsockopt->value_case == COSIM__RELAY__SET_SOCK_OPT__VALUE_STRING_VALUE) {
            check_string(q->setsockopt->string_value);
            d.text = q->setsockopt->string_value;
        }
        break;
    case COSIM__RELAY__REQUEST__OP_WRITE:
        if (q->write->data.len > MAX_DATA) {
            fuzz_fail("write data over MAX_DATA passed validation");
        }
        d.data = q->write->data;
        break;
    case COSIM__RELAY__REQUEST__OP_SOCKET:
        check_netns(q->socket->netns, 0);
        break;
    case COSIM__RELAY__REQUEST__OP_NETNS_CREATE:
        check_netns(q->netns_create->name, 1);
        break;
    case COSIM__RELAY__REQUEST__OP_VLAN_CREATE:
        check_netns(q->vlan_create->netns, 1);
        check_string(q->vlan_create->parent);
        check_string(q->vlan_create->name);
        check_string(q->vlan_create->mac);
        d.text = q->vlan_create->name;
        break;
    case COSIM__RELAY__REQUEST__OP_SYSCTL_GET:
        check_netns(q->sysctl_get->netns, 0);
        check_string(q->sysctl_get->key);
        sysctl_path(q->sysctl_get->key, path, sizeof(path));
        break;
    case COSIM__RELAY__REQUEST__OP_SYSCTL_SET:
        check_netns(q->sysctl_set->netns, 0);
        check_string(q->sysctl_set->key);
        check_string(q->sysctl_set->value);
        sysctl_path(q->sysctl_set->key, path, sizeof(path));
        d.text = q->sysctl_set->value;
        break;
    case COSIM__RELAY__REQUEST__OP_EXEC:
        if (q->exec->n_argv == 0 || q->exec->n_argv > MAX_ARGS || q->exec->n_env > MAX_ARGS) {
            fuzz_fail("exec argv/env counts out of bounds passed validation");
        }
        for (i = 0; i < q->exec->n_argv; i++) {
            check_string(q->exec->argv[i]);
        }
        for (i = 0; i < q->exec->n_env; i++) {
            check_string(q->exec->env[i]);
        }
        check_netns(q->exec->netns, 0);
        break;
    case COSIM__RELAY__REQUEST__OP_UDP_SEND:
        if (q->udp_send->n_periods_ns == 0 || q->udp_send->n_periods_ns > TRAFFIC_MAX_PERIODS ||
            q->udp_send->datagram_bytes == 0 || q->udp_send->datagram_bytes > 65507) {
            fuzz_fail("udp_send out of bounds passed validation");
        }
        break;
    case COSIM__RELAY__REQUEST__OP_RR_CLIENT:
        if (q->rr_client->n_request_bytes == 0 || q->rr_client->n_request_bytes > TRAFFIC_MAX_REQUESTS ||
            q->rr_client->n_response_bytes != q->rr_client->n_request_bytes ||
            q->rr_client->n_gap_ns != q->rr_client->n_request_bytes) {
            fuzz_fail("rr_client lists of unequal or out-of-bounds length passed validation");
        }
        for (i = 0; i < q->rr_client->n_response_bytes; i++) {
            if (q->rr_client->response_bytes[i] == 0) {
                fuzz_fail("an rr_client response of 0 bytes passed validation");
            }
        }
        break;
    case COSIM__RELAY__REQUEST__OP_ADD_ENTROPY:
        if (q->add_entropy->data.len == 0 || q->add_entropy->data.len > MAX_ENTROPY) {
            fuzz_fail("add_entropy data out of bounds passed validation");
        }
        break;
    case COSIM__RELAY__REQUEST__OP__NOT_SET:
        fuzz_fail("a request without an operation passed validation");
        break;
    default:
        break;
    }
    agent_reply_done(q->id, &d);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    chan_out = open("/dev/null", O_WRONLY | O_CLOEXEC);
    inbuf = malloc(MAX_FRAME + 16);
    if (chan_out < 0 || !inbuf) {
        fuzz_fail("cannot open /dev/null or allocate the input buffer");
    }
    return 0;
}

/* As read_channel() does: append what fits, then parse. */
static void deliver(const uint8_t *p, size_t n)
{
    while (n) {
        size_t room = MAX_FRAME + 16 - inlen;
        size_t take = n < room ? n : room;

        memcpy(inbuf + inlen, p, take);
        inlen += take;
        p += take;
        n -= take;
        parse_frames(check_request);
        if (inlen > MAX_FRAME + 10) {
            fuzz_fail("an incomplete frame longer than any valid one stayed buffered");
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t cut;

    inlen = 0;
    skip = 0;
    if (size == 0) {
        return 0;
    }
    cut = data[0] < size - 1 ? data[0] : size - 1;
    deliver(data + 1, cut);
    deliver(data + 1 + cut, size - 1 - cut);
    return 0;
}

/*
 * Programs (agent.h, op_exec, op_exec_cancel): fork, exec with argv, env and
 * an optional network namespace in a process group of its own, collect
 * stdout and stderr (MAX_DATA bytes each, `truncated` if there was more)
 * through the poll set, and answer an ExecResult once the program has exited
 * and its output is read. The exit is seen through a pidfd in the poll set
 * and reaped with WNOHANG, so samplers, traffic and replies go on while a
 * program runs, whatever it does with its output. An optional timeout, or an
 * exec_cancel, kills the process group (SIGKILL). At most MAX_CHILDREN run
 * at once (EAGAIN otherwise).
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <time.h>

#include "agent.h"
#include "netns.h"

/*
 * A program's slot. It is answered once the program has exited (its pidfd
 * says so, and waitpid(WNOHANG) gives the status) and both pipes are at
 * their end, or DRAIN_NS after the exit if something it left behind (a
 * background program) still holds a pipe open: the agent then stops reading
 * and closes its ends, so the slot is free again. Nothing here ever blocks.
 */
struct child {
    pid_t pid;              /* 0: the slot is free */
    uint32_t req;
    int out, err;           /* pipes, -1 once at their end or closed */
    int pidfd;              /* -1 once the program is reaped */
    int timer;              /* the timeout, then the drain after the exit */
    int status;             /* waitpid's, once reaped */
    int wait_errno;         /* waitpid's errno if it failed, else 0 */
    int timed_out, cancelled, truncated;
    uint8_t *buf[2];
    size_t len[2];
};

/* How long output is still read after the program itself exited. */
#define DRAIN_NS 100000000u

/* Poll-set argument: slot * 4 + what the descriptor is. */
enum { W_STDOUT, W_STDERR, W_PIDFD, W_TIMER };

static struct child children[MAX_CHILDREN];
static uint8_t scratch[MAX_DATA];

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

    /* Its own process group, so that a timeout or cancel kills what it started too. */
    if (setpgid(0, 0) < 0) {
        dprintf(err, "cosim-relay: cannot make a process group: %s\n", strerror(errno));
        _exit(127);
    }
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

static void release(struct child *c)
{
    free(c->buf[0]);
    free(c->buf[1]);
    if (c->timer >= 0) {
        watch_del(c->timer);
        close(c->timer);
    }
    memset(c, 0, sizeof(*c));
}

/* Stop reading pipe `which` (0 stdout, 1 stderr) of c, if it is still open. */
static void close_output(struct child *c, int which)
{
    int *fd = which ? &c->err : &c->out;

    if (*fd >= 0) {
        watch_del(*fd);
        close(*fd);
        *fd = -1;
    }
}

/* The program is reaped and its pipes are closed: answer its request. */
static void finish(struct child *c)
{
    Cosim__Relay__Reply r = COSIM__RELAY__REPLY__INIT;
    Cosim__Relay__ExecResult x = COSIM__RELAY__EXEC_RESULT__INIT;

    if (c->wait_errno) {
        /* No status to report: an exit code of 0 would be a guess. */
        agent_reply_error(c->req, "exec", c->wait_errno, "waitpid %d: %s", (int)c->pid, strerror(c->wait_errno));
        release(c);
        return;
    }
    x.exit_code = WIFEXITED(c->status) ? WEXITSTATUS(c->status) : -1;
    x.signal = WIFSIGNALED(c->status) ? WTERMSIG(c->status) : 0;
    x.stdout.data = c->buf[0];
    x.stdout.len = c->len[0];
    x.stderr.data = c->buf[1];
    x.stderr.len = c->len[1];
    x.truncated = c->truncated;
    x.timed_out = c->timed_out;
    x.cancelled = c->cancelled;
    r.id = c->req;
    r.body_case = COSIM__RELAY__REPLY__BODY_EXEC;
    r.exec = &x;
    agent_reply(&r);
    release(c);
}

/* Arm c's timer to fire once, ns from now (0 disarms it); 0 or an errno. */
static int arm(struct child *c, uint64_t ns)
{
    struct itimerspec its;

    memset(&its, 0, sizeof(its));
    its.it_value.tv_sec = (time_t)(ns / 1000000000u);
    its.it_value.tv_nsec = (long)(ns % 1000000000u);
    return timerfd_settime(c->timer, 0, &its, NULL) < 0 ? errno : 0;
}

/* Kill the program's process group (the program alone if the group is gone). */
static void kill_group(struct child *c)
{
    if (kill(-c->pid, SIGKILL) < 0) {
        (void)kill(c->pid, SIGKILL);
    }
}

/*
 * The program exited or its pipes closed: answer if both are done, else,
 * once it exited, give what it left behind DRAIN_NS to close the pipes.
 */
static void settle(struct child *c)
{
    if (c->pidfd >= 0) {
        return;
    }
    if (c->out < 0 && c->err < 0) {
        finish(c);
        return;
    }
    if (arm(c, DRAIN_NS) != 0) {
        /* No timer for the drain: stop reading now rather than hold the slot. */
        close_output(c, 0);
        close_output(c, 1);
        finish(c);
    }
}

/* The program's pidfd is readable: it has exited; reap it without waiting. */
static void reap(struct child *c)
{
    pid_t got = waitpid(c->pid, &c->status, WNOHANG);

    if (got == 0 || (got < 0 && errno == EINTR)) {
        return;
    }
    if (got < 0) {
        c->wait_errno = errno;
    }
    watch_del(c->pidfd);
    close(c->pidfd);
    c->pidfd = -1;
    settle(c);
}

/* The timer fired: the timeout (the program still runs) or the end of the drain. */
static void timer_fired(struct child *c)
{
    uint64_t ticks;

    if (read(c->timer, &ticks, sizeof(ticks)) < 0 && (errno == EAGAIN || errno == EINTR)) {
        return;
    }
    if (c->pidfd >= 0) {
        c->timed_out = 1;
        kill_group(c);
        return;
    }
    close_output(c, 0);
    close_output(c, 1);
    finish(c);
}

static void read_output(struct child *c, int which, int fd)
{
    ssize_t n = read(fd, scratch, sizeof(scratch));

    if (n > 0) {
        size_t room = MAX_DATA - c->len[which];
        size_t take = (size_t)n < room ? (size_t)n : room;

        /* Past the cap the bytes are still read (the program must not block), not kept. */
        c->truncated |= take < (size_t)n;
        memcpy(c->buf[which] + c->len[which], scratch, take);
        c->len[which] += take;
        return;
    }
    if (n < 0 && errno == EINTR) {
        return;
    }
    /* End of file, or a pipe that cannot be read: no more output from it either way. */
    close_output(c, which);
    settle(c);
}

/* The poll set's function for a child's descriptors; arg is slot * 4 + W_*. */
static void child_ready(int fd, short revents, int arg)
{
    struct child *c = &children[arg / 4];

    (void)revents;
    switch (arg % 4) {
    case W_STDOUT:
    case W_STDERR:
        read_output(c, arg % 4, fd);
        return;
    case W_PIDFD:
        reap(c);
        return;
    default:
        timer_fired(c);
        return;
    }
}

static void close_pipe(int p[2])
{
    close(p[0]);
    close(p[1]);
}

/* Slot c's buffers, timer and pipes, or an error reply; 0 when all are there. */
static int prepare(const Cosim__Relay__Request *q, struct child *c, int out[2], int err[2])
{
    int e;

    c->timer = -1;
    c->buf[0] = malloc(MAX_DATA);
    c->buf[1] = malloc(MAX_DATA);
    if (!c->buf[0] || !c->buf[1]) {
        agent_reply_error(q->id, "exec", ENOMEM, "no memory for the program's output");
        release(c);
        return -1;
    }
    c->timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (c->timer < 0) {
        agent_reply_error(q->id, "exec", errno, "timerfd: %s", strerror(errno));
        c->timer = -1;
        release(c);
        return -1;
    }
    if (q->exec->timeout_ns && (e = arm(c, q->exec->timeout_ns)) != 0) {
        agent_reply_error(q->id, "exec", e, "timerfd_settime: %s", strerror(e));
        release(c);
        return -1;
    }
    if (pipe2(out, O_CLOEXEC) < 0) {
        agent_reply_error(q->id, "exec", errno, "pipe: %s", strerror(errno));
        release(c);
        return -1;
    }
    if (pipe2(err, O_CLOEXEC) < 0) {
        agent_reply_error(q->id, "exec", errno, "pipe: %s", strerror(errno));
        close_pipe(out);
        release(c);
        return -1;
    }
    return 0;
}

void op_exec(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__Exec *x = q->exec;
    char *argv[MAX_ARGS + 1], *envp[MAX_ARGS + 1];
    int out[2], err[2], slot, pidfd;
    struct child *c;
    size_t i;
    pid_t pid;

    /* validate_request() bounded argv and env. */
    for (slot = 0; slot < MAX_CHILDREN && children[slot].pid; slot++) {
    }
    if (slot == MAX_CHILDREN) {
        agent_reply_error(q->id, "exec", EAGAIN, "already %d programs running", MAX_CHILDREN);
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
    if (prepare(q, c, out, err) != 0) {
        return;
    }
    pid = fork();
    if (pid < 0) {
        agent_reply_error(q->id, "exec", errno, "fork: %s", strerror(errno));
        close_pipe(out);
        close_pipe(err);
        release(c);
        return;
    }
    if (pid == 0) {
        exec_child(x, argv, envp, out[1], err[1]);
    }
    /* The program's ends: the agent never writes to them. */
    close(out[1]);
    close(err[1]);
    pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
    if (pidfd < 0) {
        int e = errno;

        /*
         * Without a pidfd the exit cannot be waited for in the poll set.
         * Our own unreaped child always has one unless descriptors or memory
         * ran out; kill it, and the blocking wait for a SIGKILLed child is short.
         */
        (void)kill(pid, SIGKILL);
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {
        }
        agent_reply_error(q->id, "exec", e, "pidfd_open: %s", strerror(e));
        close(out[0]);
        close(err[0]);
        release(c);
        return;
    }
    c->pid = pid;
    c->req = q->id;
    c->out = out[0];
    c->err = err[0];
    c->pidfd = pidfd;
    c->len[0] = c->len[1] = 0;
    watch_add(c->out, POLLIN, child_ready, slot * 4 + W_STDOUT);
    watch_add(c->err, POLLIN, child_ready, slot * 4 + W_STDERR);
    watch_add(c->pidfd, POLLIN, child_ready, slot * 4 + W_PIDFD);
    watch_add(c->timer, POLLIN, child_ready, slot * 4 + W_TIMER);
}

void op_exec_cancel(const Cosim__Relay__Request *q)
{
    uint32_t id = q->exec_cancel->exec_id;
    int slot;

    for (slot = 0; slot < MAX_CHILDREN; slot++) {
        struct child *c = &children[slot];

        if (c->pid && c->req == id && c->pidfd >= 0) {
            c->cancelled = 1;
            kill_group(c);
            agent_reply_ok(q->id);
            return;
        }
    }
    agent_reply_error(q->id, "exec_cancel", ESRCH, "no running program from request %u", id);
}

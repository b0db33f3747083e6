/*
 * Programs (agent.h, op_exec): fork, exec with argv, env and an optional
 * network namespace, collect stdout and stderr (MAX_DATA bytes each) through
 * the poll set, and answer an ExecResult once both pipes reach their end.
 * At most MAX_CHILDREN run at once (EAGAIN otherwise).
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "agent.h"
#include "netns.h"

struct child {
    pid_t pid;
    uint32_t req;
    int out, err;           /* pipes, -1 once at their end */
    uint8_t *buf[2];
    size_t len[2];
};

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
    memset(c, 0, sizeof(*c));
}

/* Both pipes are at their end: reap the program and answer its request. */
static void finish(struct child *c)
{
    Cosim__Relay__Reply r = COSIM__RELAY__REPLY__INIT;
    Cosim__Relay__ExecResult x = COSIM__RELAY__EXEC_RESULT__INIT;
    int status = 0;
    pid_t got;

    while ((got = waitpid(c->pid, &status, 0)) < 0 && errno == EINTR) {
    }
    if (got < 0) {
        /* No status to report: an exit code of 0 would be a guess. */
        agent_reply_error(c->req, "exec", errno, "waitpid %d: %s", (int)c->pid, strerror(errno));
        release(c);
        return;
    }
    x.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    x.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    x.stdout.data = c->buf[0];
    x.stdout.len = c->len[0];
    x.stderr.data = c->buf[1];
    x.stderr.len = c->len[1];
    r.id = c->req;
    r.body_case = COSIM__RELAY__REPLY__BODY_EXEC;
    r.exec = &x;
    agent_reply(&r);
    release(c);
}

/* The poll set's function for a child's pipe; arg is slot * 2 + (0 stdout, 1 stderr). */
static void output(int fd, short revents, int arg)
{
    struct child *c = &children[arg / 2];
    int which = arg % 2;
    ssize_t n = read(fd, scratch, sizeof(scratch));

    (void)revents;
    if (n > 0) {
        size_t room = MAX_DATA - c->len[which];
        size_t take = (size_t)n < room ? (size_t)n : room;

        memcpy(c->buf[which] + c->len[which], scratch, take);
        c->len[which] += take;
        return;
    }
    if (n < 0 && errno == EINTR) {
        return;
    }
    /* End of file, or a pipe that cannot be read: no more output from it either way. */
    watch_del(fd);
    close(fd);
    *(which ? &c->err : &c->out) = -1;
    if (c->out < 0 && c->err < 0) {
        finish(c);
    }
}

static void close_pipe(int p[2])
{
    close(p[0]);
    close(p[1]);
}

void op_exec(const Cosim__Relay__Request *q)
{
    const Cosim__Relay__Exec *x = q->exec;
    char *argv[MAX_ARGS + 1], *envp[MAX_ARGS + 1];
    int out[2], err[2], slot;
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
    c->buf[0] = malloc(MAX_DATA);
    c->buf[1] = malloc(MAX_DATA);
    if (!c->buf[0] || !c->buf[1]) {
        agent_reply_error(q->id, "exec", ENOMEM, "no memory for the program's output");
        release(c);
        return;
    }
    if (pipe2(out, O_CLOEXEC) < 0) {
        agent_reply_error(q->id, "exec", errno, "pipe: %s", strerror(errno));
        release(c);
        return;
    }
    if (pipe2(err, O_CLOEXEC) < 0) {
        agent_reply_error(q->id, "exec", errno, "pipe: %s", strerror(errno));
        close_pipe(out);
        release(c);
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
    c->pid = pid;
    c->req = q->id;
    c->out = out[0];
    c->err = err[0];
    c->len[0] = c->len[1] = 0;
    watch_add(c->out, POLLIN, output, slot * 2);
    watch_add(c->err, POLLIN, output, slot * 2 + 1);
}

/*
 * wadb-client: runs a non-interactive wadb command in a warm JVM (com.vayyari.wadb.warm.WarmServer), so that
 * a script calling wadb many times pays the JVM's start-up once (issue 7). install.sh compiles it when a C
 * compiler is there; the launcher (bin/wadb.in) execs it as
 *
 *     wadb-client JAR JAVA [JVM-OPTION...] -- [WADB-ARGUMENT...]
 *
 * It never changes what a command does, only where it runs. Whenever the warm server cannot serve, it execs
 * `JAVA JVM-OPTION... -jar JAR WADB-ARGUMENT...` exactly as the launcher would have:
 *   - -W is given, or stdin is a terminal and stdout is not that same terminal (password and confirmation prompts
 *     need the real terminal);
 *   - the REPL without line editing (-n): it needs the kernel's, on the terminal's own process;
 *   - stdin and stdout are one terminal and the call is no REPL: its options say so (-c, -f, -l, --help…), or the
 *     server finds so and declines (a command may ask questions on that terminal, which only its own process can);
 *   - no server answers yet: it starts one in the background for the next call, and runs this one directly;
 *   - the socket directory is not ours alone, or the server does not answer within 5 s of connecting
 *     (before it has been told the command, so that the command can never run twice);
 *   - the server declines the request (too large, or too slow in coming: a client stopped part-way).
 *
 * One server serves one user, installed build, JVM command line, time zone and locale: the socket's name is
 * a hash of them (see key_variables). The working directory travels with each call, and the server runs in /
 * so that it keeps no file system busy. The wire format is described in
 * src/main/java/com/vayyari/wadb/warm/Frames.java.
 *
 * Nothing is sent to a server that is not this user's own: the kernel's word on the peer (SO_PEERCRED) is
 * checked right after connect, so a socket swapped in by someone else (a directory raced under a shared
 * XDG_RUNTIME_DIR) gets no argument and no environment, and the command runs directly. The connect itself
 * never waits: a server whose backlog is full (stopped, or swamped) means a direct run too.
 *
 * The REPL (issue 17: its first prompt within twice psql's time, which no JVM started per call can reach): when
 * stdin and stdout are one terminal, the client offers it with the request (TERM, size, control characters). When
 * the server's REPL takes it over (a TERMINAL frame), the client turns off the terminal's input processing (raw
 * input; output processing stays, so the kernel still turns \n into \r\n for everything written) and relays what
 * is typed and each new window size; the server's line editor emulates the rest (echo, Ctrl-C). Programs that need
 * the terminal itself (the pager, the editor) the server asks this process to run, with the terminal's own settings
 * back while they run. The terminal's settings are restored on every way out: the end of the call, a lost server,
 * and SIGTERM, SIGHUP, SIGQUIT; and while Ctrl-Z (relayed back as a SUSPEND frame) has this process stopped.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/ioctl.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* Read by the JVM or the JDBC driver from the process environment, so they must match the server's own. */
static const char *key_variables[] = {
    "TZ", "LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC", "PGPASSFILE", "PGSERVICEFILE",
    "PGSYSCONFDIR", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", NULL};

#define MAX_PAYLOAD (1 << 16)
#define PROTOCOL_VERSION 4
#define ACCEPT_TIMEOUT_MS 5000
#define RESTART_PAUSE_S 30

static char *jar;
static char **jvm;      /* JAVA JVM-OPTION..., NULL-terminated in place of the "--" */
static int jvm_count;
static char **wadb_args; /* WADB-ARGUMENT... */
static int wadb_count;

/* Runs the command in a JVM of its own, as the launcher does without a client. */
static void run_directly(void) {
    char **argv = calloc((size_t)jvm_count + 2 + (size_t)wadb_count + 1, sizeof *argv);
    if (argv == NULL) {
        perror("wadb");
        exit(1);
    }
    int n = 0;
    for (int i = 0; i < jvm_count; i++) argv[n++] = jvm[i];
    argv[n++] = "-jar";
    argv[n++] = jar;
    for (int i = 0; i < wadb_count; i++) argv[n++] = wadb_args[i];
    argv[n] = NULL;
    signal(SIGPIPE, SIG_DFL);
    execvp(argv[0], argv);
    fprintf(stderr, "wadb: cannot run %s: %s\n", argv[0], strerror(errno));
    exit(1);
}

/* FNV-1a over a marker (set or not), the text and a terminating zero: "ab","c" hashes apart from "a","bc". */
static uint64_t fnv_text(uint64_t hash, const char *text) {
    const unsigned char marker = text == NULL ? 1 : 2;
    hash = (hash ^ marker) * 1099511628211ULL;
    for (const char *p = text == NULL ? "" : text; *p != '\0'; p++) hash = (hash ^ (unsigned char)*p) * 1099511628211ULL;
    return hash * 1099511628211ULL;
}

/* The directory for this user's sockets, created 0700; NULL when it exists but is not ours alone. */
static int socket_directory(char *out, size_t size) {
    const char *runtime = getenv("XDG_RUNTIME_DIR");
    int n = runtime != NULL && runtime[0] == '/' ? snprintf(out, size, "%s/wadb", runtime)
                                                 : snprintf(out, size, "/tmp/wadb-%u", (unsigned)getuid());
    if (n < 0 || (size_t)n >= size) return -1;
    if (mkdir(out, 0700) != 0 && errno != EEXIST) return -1;
    struct stat st;
    if (lstat(out, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != getuid() || (st.st_mode & 077) != 0) return -1;
    return 0;
}

static int socket_path(char *out, size_t size, char *log, size_t log_size) {
    char directory[sizeof(((struct sockaddr_un *)0)->sun_path)];
    if (socket_directory(directory, sizeof directory) != 0) return -1;
    struct stat jar_stat;
    if (stat(jar, &jar_stat) != 0) return -1;
    uint64_t hash = 14695981039346656037ULL;
    char stamp[64];
    snprintf(stamp, sizeof stamp, "%lld.%ld:%lld", (long long)jar_stat.st_mtim.tv_sec, jar_stat.st_mtim.tv_nsec,
             (long long)jar_stat.st_size);
    hash = fnv_text(hash, jar);
    hash = fnv_text(hash, stamp);
    for (int i = 0; i < jvm_count; i++) hash = fnv_text(hash, jvm[i]);
    for (int i = 0; key_variables[i] != NULL; i++) hash = fnv_text(hash, getenv(key_variables[i]));
    int n = snprintf(out, size, "%s/%016llx", directory, (unsigned long long)hash);
    if (n < 0 || (size_t)n >= size) return -1;
    snprintf(log, log_size, "%s.log", out);
    return 0;
}

/* What a server keeps of the environment of the call that starts it: what the JVM itself reads (the
 * key variables above) and where programs are found. Each call's own environment travels with the call,
 * so the first caller's secrets (PGPASSWORD, a URL with a password) never sit in /proc/PID/environ of a
 * process that outlives it. */
static const char *server_variables[] = {"PATH", "HOME", "USER", "LOGNAME", "TMPDIR", NULL};

static int kept_for_server(const char *entry) {
    size_t name_length = strcspn(entry, "=");
    for (int list = 0; list < 2; list++) {
        const char **names = list == 0 ? server_variables : key_variables;
        for (int i = 0; names[i] != NULL; i++) {
            if (strlen(names[i]) == name_length && strncmp(entry, names[i], name_length) == 0) return 1;
        }
    }
    return 0;
}

/*
 * Starts a warm server in the background, detached from this process's session and descriptors. Not when
 * its log was (re)started less than RESTART_PAUSE_S ago: one is starting up now, or one failed (the log
 * says why) and a JVM per call that fails again would only burn CPU. A server that exits cleanly removes
 * an empty log.
 */
static void start_server(const char *socket_name, const char *log) {
    struct stat previous;
    if (lstat(log, &previous) == 0 && time(NULL) - previous.st_mtime < RESTART_PAUSE_S) return;
    pid_t child = fork();
    if (child < 0) return;
    if (child > 0) {
        waitpid(child, NULL, 0);
        return;
    }
    setsid();
    if (fork() != 0) _exit(0);
    if (chdir("/") != 0) _exit(1); /* a server in the caller's directory would keep its file system from unmounting */
    int null = open("/dev/null", O_RDWR);
    int err = open(log, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600); /* never a planted link */
    if (null < 0) _exit(1);
    dup2(null, 0);
    dup2(null, 1);
    dup2(err >= 0 ? err : null, 2);
    /* Anything else inherited (a pipe a shell waits on, say) would stay open as long as the server lives. */
    long max = sysconf(_SC_OPEN_MAX);
    for (int fd = 3; fd < (max > 0 && max < 65536 ? max : 65536); fd++) close(fd);
    const char *idle = getenv("WADB_WARM_IDLE");
    char **argv = calloc((size_t)jvm_count + 10, sizeof *argv);
    if (argv == NULL) _exit(1);
    int n = 0;
    argv[n++] = jvm[0];
    /* A server lives on between commands: let its heap shrink back after the collection it runs when idle
     * (the user's own options, which follow, still win). */
    argv[n++] = "-XX:MinHeapFreeRatio=10";
    argv[n++] = "-XX:MaxHeapFreeRatio=20";
    argv[n++] = "-XX:-ShrinkHeapInSteps";
    argv[n++] = "-Xms32m"; /* a heap never shrinks below its initial size (by default 1/64 of the RAM) */
    for (int i = 1; i < jvm_count; i++) argv[n++] = jvm[i];
    argv[n++] = "-cp";
    argv[n++] = jar;
    argv[n++] = "com.vayyari.wadb.warm.WarmServer";
    argv[n++] = (char *)socket_name;
    argv[n++] = (char *)(idle != NULL && idle[0] != '\0' ? idle : "600");
    argv[n] = NULL;
    int env_count = 0;
    while (environ[env_count] != NULL) env_count++;
    char **env = calloc((size_t)env_count + 1, sizeof *env);
    if (env == NULL) _exit(1);
    int kept = 0;
    for (int i = 0; i < env_count; i++) {
        if (kept_for_server(environ[i])) env[kept++] = environ[i];
    }
    env[kept] = NULL;
    execvpe(argv[0], argv, env);
    _exit(127);
}

/* ---- the request and the frames -------------------------------------------------------------------- */

typedef struct {
    char *data;
    size_t length, capacity;
} buffer;

static void put(buffer *b, const void *data, size_t length) {
    if (b->length + length > b->capacity) {
        size_t capacity = (b->capacity + length) * 2;
        char *grown = realloc(b->data, capacity);
        if (grown == NULL) {
            perror("wadb");
            exit(1);
        }
        b->data = grown;
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, data, length);
    b->length += length;
}

static void put_int(buffer *b, uint32_t value) {
    unsigned char bytes[4] = {value >> 24, value >> 16, value >> 8, value};
    put(b, bytes, 4);
}

static void put_string(buffer *b, const char *text) {
    size_t length = strlen(text);
    put_int(b, (uint32_t)length);
    put(b, text, length);
}

static int write_all(int fd, const char *data, size_t length) {
    while (length > 0) {
        ssize_t n = write(fd, data, length);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        data += n;
        length -= (size_t)n;
    }
    return 0;
}

/* 1: all read; 0: end of stream before the first byte; -1: error or end of stream part-way. */
static int read_all(int fd, void *into, size_t length) {
    char *p = into;
    size_t got = 0;
    while (got < length) {
        ssize_t n = read(fd, p + got, length - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return got == 0 && n == 0 ? 0 : -1;
        got += (size_t)n;
    }
    return 1;
}

static uint32_t get_int(const unsigned char *bytes) {
    return (uint32_t)bytes[0] << 24 | (uint32_t)bytes[1] << 16 | (uint32_t)bytes[2] << 8 | bytes[3];
}

/* -W (or --password): the password prompt needs the terminal's own process. */
static int asks_password(void) {
    for (int i = 0; i < wadb_count; i++) {
        const char *arg = wadb_args[i];
        if (strcmp(arg, "--password") == 0) return 1;
        if (arg[0] == '-' && arg[1] != '-' && strchr(arg, 'W') != NULL) return 1; /* -W, or -qW and the like */
    }
    return 0;
}

/* Options after which no REPL starts (as TerminalPreload.rulesOutRepl has them; it also knows the command words,
 * for which the server declines): such a call with a terminal runs here without asking a server. */
static int rules_out_repl(void) {
    static const char *options[] = {"-c", "--command", "-f", "--file", "-l", "--list", "--help", "-?", "-V",
                                    "--version", NULL};
    for (int i = 0; i < wadb_count; i++) {
        const char *arg = wadb_args[i];
        if (strncmp(arg, "-c", 2) == 0 || strncmp(arg, "-f", 2) == 0) return 1;
        size_t name_length = strcspn(arg, "=");
        for (int j = 0; options[j] != NULL; j++) {
            if (strlen(options[j]) == name_length && strncmp(arg, options[j], name_length) == 0) return 1;
        }
    }
    return 0;
}

/* -n (--no-readline): the REPL reads lines with the kernel's own line editing, which only a REPL on the terminal's
 * own process has (a relayed one's line discipline is JLine's, which echoes but does not edit). */
static int kernel_line_editing(void) {
    for (int i = 0; i < wadb_count; i++) {
        const char *arg = wadb_args[i];
        if (strcmp(arg, "--no-readline") == 0) return 1;
        if (arg[0] == '-' && arg[1] != '-' && strchr(arg, 'n') != NULL) return 1; /* -n, -qn…; -dname too: direct */
    }
    return 0;
}

/* Whether stdin and stdout are one terminal, which a REPL in the server may take over. */
static int one_terminal(void) {
    struct stat in, out;
    return isatty(0) && isatty(1) && fstat(0, &in) == 0 && fstat(1, &out) == 0 && in.st_rdev == out.st_rdev;
}

/* ---- the REPL's terminal ------------------------------------------------------------------------------ */

static struct termios cooked;            /* the terminal's settings as the user had them */
static volatile sig_atomic_t raw_now;    /* the terminal is in raw mode now */
static int terminal_taken;               /* the server's REPL has the terminal */
static int signal_pipe[2] = {-1, -1};
static volatile sig_atomic_t pending_winch, pending_int;
static unsigned short sent_rows, sent_columns;
static pid_t child;                      /* a program run on the terminal for the server (pager, editor) */
static int feed = -1;                    /* the pager's stdin */

static void restore_terminal(void) {
    if (raw_now) {
        tcsetattr(0, TCSADRAIN, &cooked);
        raw_now = 0;
    }
}

/* Input as typed, every byte to the server; output processing stays the kernel's. */
static void make_raw(void) {
    struct termios raw = cooked;
    raw.c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    raw.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    raw_now = 1;
    tcsetattr(0, TCSADRAIN, &raw);
}

static void on_signal(int sig) {
    int saved = errno;
    if (sig == SIGWINCH) pending_winch = 1;
    if (sig == SIGINT) pending_int = 1;
    char c = 0;
    if (write(signal_pipe[1], &c, 1) < 0) { /* full: a wake-up is pending anyway */ }
    errno = saved;
}

/* SIGTERM, SIGHUP, SIGQUIT: the terminal as the user had it, then the signal's own end. */
static void on_fatal(int sig) {
    if (raw_now) tcsetattr(0, TCSANOW, &cooked);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void window_size(unsigned short *rows, unsigned short *columns) {
    struct winsize size;
    if (ioctl(1, TIOCGWINSZ, &size) == 0) {
        *rows = size.ws_row;
        *columns = size.ws_col;
    } else {
        *rows = 24;
        *columns = 80;
    }
}

static int send_frame(int sock, char type, const void *data, uint32_t length) {
    unsigned char header[5] = {(unsigned char)type, length >> 24, length >> 16, length >> 8, length};
    return write_all(sock, (const char *)header, 5) == 0 && write_all(sock, data, length) == 0 ? 0 : -1;
}

static int send_number(int sock, char type, uint32_t value) {
    unsigned char bytes[4] = {value >> 24, value >> 16, value >> 8, value};
    return send_frame(sock, type, bytes, 4);
}

/* What the signal handlers noted: a new window size, a Ctrl-C while a program ran on the terminal (as the key,
 * which the server's line discipline turns into its interrupt, as the kernel's would). */
static void send_pending(int sock) {
    char drained[64];
    while (read(signal_pipe[0], drained, sizeof drained) > 0) {
    }
    if (pending_winch) {
        pending_winch = 0;
        unsigned short rows, columns;
        window_size(&rows, &columns);
        if (rows != sent_rows || columns != sent_columns) {
            sent_rows = rows;
            sent_columns = columns;
            unsigned char size[8] = {0, 0, rows >> 8, rows, 0, 0, columns >> 8, columns};
            send_frame(sock, 'W', size, 8);
        }
    }
    if (pending_int) {
        pending_int = 0;
        char interrupt = (char)cooked.c_cc[VINTR];
        send_frame(sock, 'K', &interrupt, 1);
    }
}

static void take_terminal(int sock) {
    if (pipe2(signal_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        signal_pipe[0] = signal_pipe[1] = -1;
    }
    terminal_taken = 1;
    atexit(restore_terminal);
    make_raw();
    struct sigaction action = {.sa_handler = on_fatal};
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
    if (signal_pipe[0] >= 0) {
        action.sa_handler = on_signal; /* no SA_RESTART: a wait for a program ends to pass its Ctrl-C on */
        sigaction(SIGWINCH, &action, NULL);
        sigaction(SIGINT, &action, NULL);
    }
    pending_winch = 1; /* the window may have changed since the request */
    send_pending(sock);
}

/* A counted string from a COMMAND frame, as a C string; NULL if the frame is short. */
static char *take_string(const unsigned char **p, const unsigned char *end) {
    if (end - *p < 4) return NULL;
    uint32_t length = get_int(*p);
    *p += 4;
    if ((uint32_t)(end - *p) < length) return NULL;
    char *text = malloc(length + 1);
    if (text == NULL) return NULL;
    memcpy(text, *p, length);
    text[length] = '\0';
    *p += length;
    return text;
}

static char **take_list(const unsigned char **p, const unsigned char *end) {
    if (end - *p < 4) return NULL;
    uint32_t count = get_int(*p);
    *p += 4;
    if (count > (uint32_t)(end - *p) / 4) return NULL;
    char **list = calloc((size_t)count + 1, sizeof *list);
    for (uint32_t i = 0; list != NULL && i < count; i++) {
        if ((list[i] = take_string(p, end)) == NULL) return NULL;
    }
    return list;
}

/* Waits for the program run on the terminal, gives the terminal back to the REPL and the status to the server. */
static int finish_child(int sock) {
    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) {
            status = 127 << 8;
            break;
        }
        send_pending(sock);
    }
    child = 0;
    make_raw();
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 1;
    return send_number(sock, 'S', (uint32_t)code);
}

/* Runs a program on the terminal for the server, with the terminal's own settings while it runs. */
static int start_child(int sock, const unsigned char *payload, uint32_t length) {
    const unsigned char *p = payload, *end = payload + length;
    int fed = length > 0 && *p++ == 1;
    char **argv = take_list(&p, end);
    char **env = argv == NULL ? NULL : take_list(&p, end);
    char *directory = env == NULL ? NULL : take_string(&p, end);
    int pipe_fds[2] = {-1, -1};
    if (directory == NULL || argv[0] == NULL || (fed && pipe2(pipe_fds, O_CLOEXEC) != 0)) {
        return send_number(sock, 'S', 127);
    }
    restore_terminal();
    child = fork();
    if (child == 0) {
        int reset[] = {SIGPIPE, SIGINT, SIGWINCH, SIGTERM, SIGHUP, SIGQUIT};
        for (size_t i = 0; i < sizeof reset / sizeof reset[0]; i++) signal(reset[i], SIG_DFL);
        if (fed) dup2(pipe_fds[0], 0);
        if (chdir(directory) != 0) { /* as the shell would: the command runs where this process is */ }
        execvpe(argv[0], argv, env);
        _exit(127);
    }
    if (fed) close(pipe_fds[0]);
    if (child < 0) {
        child = 0;
        if (fed) close(pipe_fds[1]);
        make_raw();
        return send_number(sock, 'S', 127);
    }
    if (fed) {
        feed = pipe_fds[1];
        return 0;
    }
    return finish_child(sock);
}

#define NO_SERVER (-1)
#define SERVER_UNUSABLE (-2)

/*
 * A connected socket to this user's own server at `name`; NO_SERVER when none listens there (start one), or
 * SERVER_UNUSABLE when one does but cannot be used now: its backlog is full (the connect would block, so it
 * is not waited for) or it is not this user's (the kernel says who listens; a warning says so).
 */
static int connect_to_server(const char *name) {
    int sock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (sock < 0) return SERVER_UNUSABLE;
    struct sockaddr_un address = {.sun_family = AF_UNIX};
    memcpy(address.sun_path, name, strlen(name) + 1);
    if (connect(sock, (struct sockaddr *)&address, sizeof address) != 0) {
        int failure = errno;
        close(sock);
        return failure == EAGAIN || failure == EINPROGRESS ? SERVER_UNUSABLE : NO_SERVER;
    }
    struct ucred peer;
    socklen_t peer_size = sizeof peer;
    if (getsockopt(sock, SOL_SOCKET, SO_PEERCRED, &peer, &peer_size) != 0 || peer.uid != getuid()) {
        fprintf(stderr, "wadb: not using the warm-start socket %s: it is not this user's; running directly\n", name);
        close(sock);
        return SERVER_UNUSABLE;
    }
    int flags = fcntl(sock, F_GETFL);
    if (flags < 0 || fcntl(sock, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        close(sock);
        return SERVER_UNUSABLE;
    }
    return sock;
}

int main(int argc, char **argv) {
    int separator = 0;
    for (int i = 3; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            separator = i;
            break;
        }
    }
    if (argc < 4 || separator == 0) {
        fprintf(stderr, "usage: wadb-client JAR JAVA [JVM-OPTION...] -- [WADB-ARGUMENT...]\n");
        return 1;
    }
    jar = argv[1];
    jvm = argv + 2;
    jvm_count = separator - 2;
    argv[separator] = NULL;
    wadb_args = argv + separator + 1;
    wadb_count = argc - separator - 1;

    if (asks_password()) run_directly();
    /* A terminal on stdin: offered to a REPL when it is stdout's too, else (prompts, a redirected REPL) run here. */
    int offer = 0;
    if (isatty(0)) {
        if (rules_out_repl() || kernel_line_editing() || !one_terminal() || tcgetattr(0, &cooked) != 0) {
            run_directly();
        }
        offer = 1;
    }
    char name[sizeof(((struct sockaddr_un *)0)->sun_path)];
    char log[sizeof name + 8];
    if (socket_path(name, sizeof name, log, sizeof log) != 0) run_directly();

    int sock = connect_to_server(name);
    if (sock == NO_SERVER) {
        start_server(name, log);
        run_directly();
    }
    if (sock < 0) run_directly();

    /* The server speaks first. Silence means it is wedged: run here, before it has seen the request. */
    struct pollfd answer = {.fd = sock, .events = POLLIN};
    unsigned char accepted[9];
    if (poll(&answer, 1, ACCEPT_TIMEOUT_MS) != 1 || read_all(sock, accepted, sizeof accepted) != 1 ||
        accepted[0] != 'A' || get_int(accepted + 1) != 4 || get_int(accepted + 5) != PROTOCOL_VERSION) {
        close(sock);
        run_directly();
    }

    buffer request = {0};
    put(&request, "WADB1", 5);
    put_int(&request, (uint32_t)wadb_count);
    for (int i = 0; i < wadb_count; i++) put_string(&request, wadb_args[i]);
    int env_count = 0;
    while (environ[env_count] != NULL) env_count++;
    put_int(&request, (uint32_t)env_count);
    for (int i = 0; i < env_count; i++) put_string(&request, environ[i]);
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd) == NULL) run_directly();
    put_string(&request, cwd);
    unsigned char terminals = (unsigned char)(isatty(0) | isatty(1) << 1 | isatty(2) << 2 | offer << 3);
    put(&request, &terminals, 1);
    mode_t mask = umask(0); /* read it: the server applies it to the files this call creates */
    umask(mask);
    put_int(&request, (uint32_t)mask);
    if (offer) {
        const char *term = getenv("TERM");
        put_string(&request, term == NULL ? "" : term);
        window_size(&sent_rows, &sent_columns);
        put_int(&request, sent_rows);
        put_int(&request, sent_columns);
        const int relayed[] = {VINTR, VQUIT, VERASE, VKILL, VEOF, VSUSP, VWERASE, VLNEXT};
        put_int(&request, 8);
        for (int i = 0; i < 8; i++) {
            char c = (char)cooked.c_cc[relayed[i]];
            put(&request, &c, 1);
        }
    }
    signal(SIGPIPE, SIG_IGN);
    if (write_all(sock, request.data, request.length) != 0) run_directly();

    static char payload[MAX_PAYLOAD];
    int answered = 0;
    int keys_ended = 0;
    for (;;) {
        if (terminal_taken) {
            /* Keys, signals and the server's frames, whichever comes; no keys while a program has the terminal. */
            struct pollfd ready[3] = {{.fd = sock, .events = POLLIN}, {.fd = signal_pipe[0], .events = POLLIN},
                                      {.fd = 0, .events = POLLIN}};
            int watched = child != 0 || keys_ended ? 2 : 3;
            if (poll(ready, (nfds_t)watched, -1) < 0) {
                if (errno != EINTR) {
                    fprintf(stderr, "wadb: cannot wait for the terminal: %s\n", strerror(errno));
                    return 1;
                }
                continue;
            }
            if (ready[1].revents != 0) send_pending(sock);
            if (watched == 3 && ready[2].revents != 0) {
                char keys[4096];
                ssize_t n = read(0, keys, sizeof keys);
                if (n > 0) {
                    send_frame(sock, 'K', keys, (uint32_t)n);
                } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                    /* The terminal is gone (no SIGHUP came): as a direct run's line editor at end of input, the
                     * REPL ends; the server hears it as the end of the connection and sends the exit status. */
                    keys_ended = 1;
                    shutdown(sock, SHUT_WR);
                }
            }
            if (ready[0].revents == 0) continue;
        }
        unsigned char header[5];
        if (read_all(sock, header, sizeof header) != 1) {
            /* It had the request, so the command may have run in part: running it again here could repeat it. */
            if (terminal_taken) {
                restore_terminal();
                fputc('\n', stderr); /* off the REPL's line */
            }
            fprintf(stderr, "wadb: the warm server stopped before the command finished (see %s)\n", log);
            return 1;
        }
        uint32_t length = get_int(header + 1);
        if (header[0] == 'D' && !answered) {
            /* Declined before it ran: the command is still ours to run. */
            close(sock);
            run_directly();
        }
        answered = 1;
        if (length > MAX_PAYLOAD || read_all(sock, payload, length) != 1) {
            fprintf(stderr, "wadb: a broken message from the warm server (see %s)\n", log);
            return 1;
        }
        switch (header[0]) {
        case 'O':
            if (write_all(1, payload, length) != 0) {
                /* Closing the socket makes the server cancel the command. A reader gone (`| head -1`) ends
                   this process as it ends psql, by SIGPIPE and silently; anything else as a direct run reports it. */
                if (errno == EPIPE) {
                    signal(SIGPIPE, SIG_DFL);
                    raise(SIGPIPE);
                    return 128 + SIGPIPE;
                }
                fputs("wadb: could not write output: cannot write to standard output\n", stderr);
                return 1;
            }
            break;
        case 'E':
            write_all(2, payload, length);
            break;
        case 'R': {
            uint32_t wanted = length == 4 ? get_int((unsigned char *)payload) : MAX_PAYLOAD;
            static char input[5 + MAX_PAYLOAD];
            ssize_t n;
            do {
                n = read(0, input + 5, wanted < MAX_PAYLOAD ? wanted : MAX_PAYLOAD);
            } while (n < 0 && errno == EINTR);
            if (n < 0) n = 0; /* an unreadable stdin ends like an empty one */
            input[0] = 'I';
            input[1] = (char)(n >> 24);
            input[2] = (char)(n >> 16);
            input[3] = (char)(n >> 8);
            input[4] = (char)n;
            if (write_all(sock, input, 5 + (size_t)n) != 0) {
                fprintf(stderr, "wadb: lost the warm server (see %s)\n", log);
                return 1;
            }
            break;
        }
        case 'T':
            if (!offer) goto unknown;
            take_terminal(sock);
            break;
        case 'C':
            if (!terminal_taken || child != 0) goto unknown;
            if (start_child(sock, (unsigned char *)payload, length) != 0) {
                fprintf(stderr, "wadb: lost the warm server (see %s)\n", log);
                return 1;
            }
            break;
        case 'P':
            if (feed >= 0 && write_all(feed, payload, length) != 0) {
                close(feed); /* the pager was quit: the rest of the output is dropped */
                feed = -1;
            }
            break;
        case 'Q':
            if (child == 0) goto unknown;
            if (feed >= 0) close(feed);
            feed = -1;
            if (finish_child(sock) != 0) {
                fprintf(stderr, "wadb: lost the warm server (see %s)\n", log);
                return 1;
            }
            break;
        case 'Z':
            /* Ctrl-Z at the REPL: stop as a direct run would, the terminal as the user had it meanwhile. */
            if (!terminal_taken) goto unknown;
            restore_terminal();
            signal(SIGTSTP, SIG_DFL);
            raise(SIGTSTP);
            make_raw();
            pending_winch = 1;
            send_pending(sock);
            send_frame(sock, 'F', "", 0);
            break;
        case 'X':
            restore_terminal();
            return length == 4 ? (int)get_int((unsigned char *)payload) : 1;
        default:
        unknown:
            fprintf(stderr, "wadb: an unknown message from the warm server (see %s)\n", log);
            return 1;
        }
    }
}

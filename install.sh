#!/usr/bin/env bash
# Builds wadb, installs it with a `wadb` launcher and a class-data archive for fast start-up, makes sure
# a PostgreSQL server answers, and runs `wadb setup` (DESIGN.md "Install"). Safe to re-run: it replaces
# what it installed, each file atomically, and leaves a server it did not install exactly as it was.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: ./install.sh [--prefix DIR] [--jar FILE] [--with-postgres] [--no-setup]

Builds target/wadb.jar (mvn -B -q -DskipTests package), installs it as PREFIX/lib/wadb/wadb.jar with
a launcher PREFIX/bin/wadb (and, with a C compiler, the warm-start client PREFIX/lib/wadb/wadb-client:
README "Warm start"), checks that a PostgreSQL server answers at the URL wadb is configured with
(see `wadb --help`), runs `wadb setup`, and builds a class-data archive so that wadb starts fast (an
AOT cache with a JDK 25 or newer, else an AppCDS archive). Also installs bash completion
(PREFIX/share/bash-completion/completions/wadb) and the manual page (PREFIX/share/man/man1/wadb.1).
Running it again is safe.

Options:
  --prefix DIR     install under DIR (default: /usr/local as root, else ~/.local)
  --jar FILE       install this wadb.jar instead of building one with Maven
  --with-postgres  when no server answers at localhost:5432, install PostgreSQL from the OS packages
                   (apt), start it and give its postgres role the default URL's password. Without
                   this flag that happens only as root, with apt, and when nothing listens on 5432.
                   A server install.sh did not install is never reconfigured.
  --no-setup       leave the database alone: no PostgreSQL install, no `wadb setup`
  -h, --help       show this help

Environment:
  WADB_JAVA        the java program to run wadb with (default: the newest JDK 25+ in /usr/lib/jvm,
                   else java on PATH; Java 17 at least)
  WADB_JAVA_OPTS   (read by the installed launcher at run time) more JVM options, e.g. -Xmx2g
  WADB_WARM        (at run time) off: start a JVM for every command instead of using a warm server
  WADB_WARM_IDLE   (at run time) seconds a warm server waits for its next command before it exits (600)

Exit status: 0 installed and set up; 1 install error; else the exit status of `wadb setup`
(2: the database could not be reached; wadb is installed all the same).
EOF
}

say() { printf 'install.sh: %s\n' "$*"; }
warn() { printf 'install.sh: %s\n' "$*" >&2; }
die() {
    warn "$*"
    exit 1
}

source_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
prefix=
jar=
with_postgres=no
setup=yes
while [ $# -gt 0 ]; do
    case $1 in
        --prefix | --jar)
            [ $# -ge 2 ] || die "$1 needs a value (try --help)"
            if [ "$1" = --prefix ]; then prefix=$2; else jar=$2; fi
            shift 2
            ;;
        --prefix=*) prefix=${1#*=}; shift ;;
        --jar=*) jar=${1#*=}; shift ;;
        --with-postgres) with_postgres=yes; shift ;;
        --no-setup) setup=no; shift ;;
        -h | --help) usage; exit 0 ;;
        *) die "unknown argument: $1 (try --help)" ;;
    esac
done

is_root() { [ "$(id -u)" -eq 0 ]; }

scratch=$(mktemp -d)
pending=()  # temporary files beside their destinations, removed if we stop half-way
# shellcheck disable=SC2317  # called by the trap
cleanup() {
    rm -rf -- "$scratch"
    if [ ${#pending[@]} -gt 0 ]; then rm -f -- "${pending[@]}"; fi
}
trap cleanup EXIT

# ---- Java -------------------------------------------------------------------------------------------

# The feature release of a java program (8, 17, 25, ...), nothing when it does not run.
java_feature() {
    local out
    out=$("$1" -version 2>&1) || return 0
    if [[ $out =~ version\ \"(1\.)?([0-9]+) ]]; then
        printf '%s\n' "${BASH_REMATCH[2]}"
    fi
}

# $WADB_JAVA, else the newest JDK >= 25 in /usr/lib/jvm (its AOT cache starts wadb fastest), else java
# on PATH. Paths found here are resolved so the archive stays tied to one JDK even when the
# alternatives symlinks move; $WADB_JAVA is kept verbatim because the launcher compares it at run time.
choose_java() {
    if [ -n "${WADB_JAVA:-}" ]; then
        if [ ! -f "$WADB_JAVA" ] || [ ! -x "$WADB_JAVA" ]; then
            die "WADB_JAVA=$WADB_JAVA is not a java program (give the path of a JDK's bin/java)"
        fi
        java=$WADB_JAVA
    else
        java=
        local candidate feature newest=0
        for candidate in /usr/lib/jvm/*/bin/java; do
            [ -x "$candidate" ] || continue
            candidate=$(readlink -f -- "$candidate")
            feature=$(java_feature "$candidate")
            if [ -n "$feature" ] && [ "$feature" -ge 25 ] && [ "$feature" -gt "$newest" ]; then
                java=$candidate
                newest=$feature
            fi
        done
        if [ -z "$java" ]; then
            command -v java >/dev/null ||
                die "no java found: install a JDK 17 or newer (apt-get install -y openjdk-17-jdk-headless) or set WADB_JAVA"
            java=$(readlink -f -- "$(command -v java)")
        fi
    fi
    java_release=$(java_feature "$java")
    if [ -z "$java_release" ] || [ "$java_release" -lt 17 ]; then
        die "$java is Java ${java_release:-of unknown version}; wadb needs Java 17 or newer (set WADB_JAVA)"
    fi
}

# JVM options, measured through the installed launcher against psql (issue 7):
#  - SerialGC: starts a little faster than G1 (no worker threads, no regions) and keeps the peak RSS of a
#    1M-row export near 170-210 MB where G1 took 300-780 MB; CPU time the same or lower.
#  - -Xlog: JVM warnings go to stderr instead of stdout, where they would corrupt CSV or JSON output.
# Left out: -XX:TieredStopAtLevel=1 (saves ~80 ms CPU at start-up but costs 8-28% more CPU on 1M-row
# CSV/table/JSON exports), -XX:-UsePerfData (no measurable gain, and it hides wadb from jcmd),
# -Xshare:auto (already the default; a JDK 25 refuses it next to -XX:AOTCache).
# -Xmn24m: the default young generation (sized from 1/64 of RAM) let a streaming export touch ~180 MB before
# its first collection. A fixed 24 MB one keeps peak RSS of 1M-row exports near 90-120 MB at the same speed,
# with no cap on the heap to run out against. (-Xms16m did as well on JDK 17 but grew to 317 MB on JDK 25.)
jvm_options=(-XX:+UseSerialGC -Xmn24m -Xlog:disable '-Xlog:all=warning:stderr')

# JDK 25 builds an AOT cache in one training run (JEP 483/514); older JDKs an AppCDS archive on top of
# the JDK's own. Either is ignored when it no longer fits the jar or the JVM; the quiet options keep
# the JVM from saying so on every start (JDK 25 also refuses -Xshare with AOTCache, JDK 17 the aot tag).
choose_archive() {
    if [ "$java_release" -ge 25 ]; then
        archive_kind="JDK $java_release AOT cache"
        archive=$lib_dir/wadb.aot
        archive_flag=-XX:AOTCache=
        archive_output_flag=-XX:AOTCacheOutput=
        archive_check_option=-XX:AOTMode=on
        quiet_options=('-Xlog:aot*=off:stderr' '-Xlog:cds*=off:stderr')
    else
        archive_kind="JDK $java_release AppCDS archive"
        archive=$lib_dir/wadb.jsa
        archive_flag=-XX:SharedArchiveFile=
        archive_output_flag=-XX:ArchiveClassesAtExit=
        archive_check_option=-Xshare:on
        quiet_options=('-Xlog:cds*=off:stderr')
    fi
}

# ---- Files ------------------------------------------------------------------------------------------

# Copies $1 to $2 with mode $3 through a temporary file beside it and a rename, so a wadb starting
# meanwhile sees the old file or the new one, never half of one.
place() {
    local tmp=$2.new.$$
    pending+=("$tmp")
    cp -- "$1" "$tmp"
    chmod "$3" "$tmp"
    mv -f -- "$tmp" "$2"
}

# Bash completion and wadb(1), generated by the installed wadb from its own command model (README "Shell
# integration"), where bash-completion and man look under the prefix.
install_shell_files() {
    local completions=$prefix/share/bash-completion/completions man1=$prefix/share/man/man1
    mkdir -p -- "$completions" "$man1"
    "$launcher" completion bash >"$scratch/wadb.bash" || die "wadb completion bash failed"
    place "$scratch/wadb.bash" "$completions/wadb" 644
    "$launcher" man-page >"$scratch/wadb.1" || die "wadb man-page failed"
    place "$scratch/wadb.1" "$man1/wadb.1" 644
    say "installed $completions/wadb and $man1/wadb.1 (zsh: add 'source <(wadb completion zsh)' to ~/.zshrc)"
}

# A value for the launcher, single-quoted for sh.
sh_quote() {
    local value=${1//\'/\'\\\'\'}
    printf "'%s'" "$value"
}

write_launcher() {
    local template=$source_dir/bin/wadb.in text
    [ -f "$template" ] || die "missing $template: run install.sh from a wadb checkout"
    text=$(<"$template")
    text=${text//@JAR@/"$(sh_quote "$installed_jar")"}
    text=${text//@JAVA@/"$(sh_quote "$java")"}
    text=${text//@JVM_OPTIONS@/"$(sh_quote "${jvm_options[*]}")"}
    text=${text//@ARCHIVE@/"$(sh_quote "$archive")"}
    text=${text//@ARCHIVE_FLAG@/"$(sh_quote "$archive_flag")"}
    text=${text//@QUIET_OPTIONS@/"$(sh_quote "${quiet_options[*]}")"}
    text=${text//@CLIENT@/"$(sh_quote "$client")"}
    printf '%s\n' "$text" >"$scratch/wadb"
    place "$scratch/wadb" "$launcher" 755
}

# The warm-start client (bin/wadb-client.c, README "Warm start"), when a C compiler is at hand; without
# it the launcher starts a JVM for every command, as it always can.
build_client() {
    client=$lib_dir/wadb-client
    local cc
    cc=$(command -v cc || command -v gcc || true)
    if [ -n "$cc" ] && "$cc" -O2 -o "$scratch/wadb-client" "$source_dir/bin/wadb-client.c" 2>"$scratch/cc.err"; then
        place "$scratch/wadb-client" "$client" 755
    else
        rm -f -- "$client"
        client=
        warn "no warm start: ${cc:+$cc failed: $(head -n 1 "$scratch/cc.err")}${cc:-no C compiler (cc) found}"
    fi
}

# ---- Database ---------------------------------------------------------------------------------------

# Runs `wadb -c "select 1"` with extra arguments; sets probe_rc and probe_error (wadb's one-line error).
probe() {
    probe_rc=0
    "$launcher" -X -A -t "$@" -c "select 1" >"$scratch/probe.out" 2>"$scratch/probe.err" || probe_rc=$?
    probe_error=$(head -n 1 "$scratch/probe.err")
}

# Sets db_state: ready (the configured database answers), server (the server answers, the database is
# missing: setup creates it), down (connection refused), refused (anything else: password, pg_hba,
# unknown host, a bad URL); db_problem is wadb's own message and db_target its HOST:PORT.
check_database() {
    db_problem='' db_target=''
    probe
    if [ "$probe_rc" -eq 0 ]; then
        db_state=ready
        return
    fi
    db_problem=$probe_error
    if [[ $db_problem =~ could\ not\ connect\ to\ ([^/\ ]+)/ ]]; then
        db_target=${BASH_REMATCH[1]}
    fi
    if [ "$probe_rc" -eq 2 ]; then
        probe -d postgres
        if [ "$probe_rc" -eq 0 ]; then
            db_state=server
            return
        fi
    fi
    case $db_problem in
        *"connection refused"*) db_state=down ;;
        *) db_state=refused ;;
    esac
}

targets_local_5432() {
    case $db_target in
        localhost:5432 | 127.0.0.1:5432 | ::1:5432 | '[::1]:5432') return 0 ;;
        *) return 1 ;;
    esac
}

listening_on_5432() {
    local host
    for host in 127.0.0.1 ::1; do
        if (exec 3<>"/dev/tcp/$host/5432") 2>/dev/null; then
            return 0
        fi
    done
    return 1
}

# Whether to install (or start) PostgreSQL here, saying why not when not.
want_postgres() {
    if ! targets_local_5432; then
        say "not installing PostgreSQL here: wadb is configured for ${db_target:-another server}, not localhost:5432"
        return 1
    fi
    if listening_on_5432; then
        say "something listens on port 5432 but does not accept wadb; install.sh leaves it alone"
        return 1
    fi
    if [ "$with_postgres" = yes ]; then
        return 0
    fi
    if is_root && command -v apt-get >/dev/null; then
        say "running as root with apt and nothing on port 5432: setting up PostgreSQL here (--no-setup skips this)"
        return 0
    fi
    say "to install PostgreSQL here: ./install.sh --with-postgres (as root or with sudo), or point"
    say "VAYYARI_WA_DB_CONNECTION_STRING (or ./.env) at a server, then run: wadb setup"
    return 1
}

as_root() {
    if is_root; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "installing PostgreSQL needs root: run install.sh as root, or install sudo"
    fi
}

# psql as the cluster owner over the local socket (peer authentication), from / so that it does
# not complain about a home directory it cannot read.
as_postgres_psql() {
    if is_root; then
        (cd / && runuser -u postgres -- psql -X -q -A -t -p 5432 "$@")
    else
        (cd / && sudo -u postgres psql -X -q -A -t -p 5432 "$@")
    fi
}

# Installs PostgreSQL from the OS packages unless a server is installed already, and starts the
# cluster on port 5432. The postgres role gets the default URL's password only when this run installed
# the server and the role has none: someone else's server keeps its passwords and pg_hba.conf. Debian's
# own configuration already listens on localhost only and asks for scram passwords over TCP.
install_postgres() {
    command -v apt-get >/dev/null || die "installing PostgreSQL needs apt-get (Debian/Ubuntu); install it yourself"
    local installed_now=no cluster version name status
    if ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
        say "installing PostgreSQL from the OS packages (apt-get install --no-install-recommends postgresql)"
        # A failing update (one unreachable repository) need not stop an install from the lists there are.
        as_root apt-get update -qq || warn "apt-get update failed; trying with the package lists this machine has"
        # The server and its client are all wadb needs; the recommended extras (sysstat, ...) are not.
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql \
            >"$scratch/apt.log" 2>&1 ||
            die "apt-get install postgresql failed: $(tail -n 3 "$scratch/apt.log")"
        installed_now=yes
    fi
    command -v pg_lsclusters >/dev/null ||
        die "PostgreSQL is installed without Debian's postgresql-common (pg_lsclusters); start it yourself"
    cluster=$(pg_lsclusters -h | awk '$3 == 5432 { print $1, $2, $4; exit }')
    if [ -z "$cluster" ]; then
        [ "$installed_now" = yes ] ||
            die "PostgreSQL is installed but no cluster uses port 5432 (see pg_lsclusters); start or create one yourself"
        version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)
        as_root pg_createcluster -p 5432 "$version" main >/dev/null
        cluster="$version main down"
    fi
    read -r version name status <<<"$cluster"
    if [[ $status != online* ]]; then
        say "starting PostgreSQL $version/$name"
        # Without systemd as PID 1 (containers), pg_ctlcluster must not hand over to systemctl.
        if [ "$(cat /proc/1/comm 2>/dev/null)" = systemd ]; then
            as_root pg_ctlcluster "$version" "$name" start
        else
            as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
            say "without systemd nothing starts it after a reboot: rerun install.sh, or pg_ctlcluster $version $name start"
        fi
    fi
    if [ "$installed_now" = yes ] &&
        [ "$(as_postgres_psql -c "select rolpassword is null from pg_authid where rolname = 'postgres'")" = t ]; then
        as_postgres_psql -c "alter role postgres password 'password'"
        say "gave the new server's postgres role the default URL's password (it listens on localhost only)"
    fi
}

# ---- Class-data archive -----------------------------------------------------------------------------

# One training run writes the archive; a run that must map it (AOTMode=on / Xshare:on) proves it usable.
# The run is a REPL session in a pseudo-terminal (util-linux's script): it loads what the REPL's first prompt
# needs (the terminal, the line reader, completion), and a query in it what `wadb -c "select 1"` needs, so one
# archive serves both (a JDK 25 AOT cache takes a single training run). Without script, or without a server,
# the run is `wadb -c "select 1"` (--help when no server answers).
build_archive() {
    local tmp=$archive.new.$$ database=
    local -a training
    case $db_state in
        ready) training=(-c "select 1") ;;
        server) training=(-d postgres -c "select 1"); database=postgres ;;
        *) training=(--help) ;;
    esac
    pending+=("$tmp" "$tmp.config")
    if [[ $db_state == ready || $db_state == server ]] && command -v script >/dev/null && repl_training "$tmp" "$database"; then
        say "built the $archive_kind (training run: a REPL session)"
    else
        say "building the $archive_kind (training run: wadb ${training[*]@Q})"
        "$java" "${jvm_options[@]}" "$archive_output_flag$tmp" -jar "$installed_jar" "${training[@]}" \
            >"$scratch/training.out" 2>"$scratch/training.err"
    fi
    if [ -s "$tmp" ] &&
        "$java" "${jvm_options[@]}" "$archive_check_option" "$archive_flag$tmp" -jar "$installed_jar" --version \
            >"$scratch/check.out" 2>&1; then
        mv -f -- "$tmp" "$archive"
    else
        rm -f -- "$tmp"
        warn "could not build the $archive_kind; wadb works without it, only starts slower:"
        warn "$(tail -n 3 "$scratch/training.err" "$scratch/check.out" 2>/dev/null)"
    fi
}

# The REPL training run, once more if the first fails (saying why): a fallback archive serves the REPL less well.
repl_training() {
    train_in_repl "$@" && return 0
    warn "the REPL training run failed (exit $?), trying once more: $(tail -n 2 "$scratch/training.err" 2>/dev/null)"
    rm -f -- "$1"
    train_in_repl "$@"
}

# The REPL in a pseudo-terminal of 120x40, typed at as a user would once its prompt shows: a query, a Tab
# completion, Ctrl-U, \q (and Ctrl-D once the archive is written or 40 s have passed, should anything have kept
# it). Its history goes to the scratch directory, ~/.psqlrc is not read (-X), and a run that hangs is killed
# after 90 s (then the archive is built the other way). script -f flushes the typescript, so the prompt is seen as soon as it is drawn.
train_in_repl() {
    local output=$1 database=$2 typescript=$scratch/training.typescript
    local -a command=("$java" "${jvm_options[@]}" "$archive_output_flag$output" -jar "$installed_jar" -X)
    [ -z "$database" ] || command+=(-d "$database")
    {
        # The REPL may be gone before the last keys (\q works): a write to the closed pipe must not fail the run
        # (pipefail), as it once did with SIGPIPE, 141, and the archive was then trained the other way.
        trap '' PIPE
        for _ in $(seq 1 300); do
            grep -q '=[#>] ' "$typescript" 2>/dev/null && break
            sleep 0.1
        done
        printf 'select 1;\r'
        sleep 1
        printf 'sel\t'
        sleep 0.5
        printf '\025\\q\r'
        archive_written "$output" 40
        printf '\004\004'
        archive_written "$output" 15
        true
    } 2>/dev/null | TERM=xterm-256color WADB_HISTORY=$scratch/training.history PAGER= timeout 90 \
        script -q -e -f -c "stty cols 120 rows 40; exec ${command[*]@Q}" "$typescript" \
        >"$scratch/training.out" 2>"$scratch/training.err" && [ -s "$output" ]
}

# Waits up to SECONDS for the JVM to have written the archive at OUTPUT: it does so as it exits, which takes
# seconds, and script's input must stay open until then (input that ends early can end the session first).
archive_written() {
    local output=$1 seconds=$2 size=-1
    for _ in $(seq 1 $((seconds * 2))); do
        if [ -s "$output" ] && [ "$(stat -c %s "$output")" = "$size" ]; then
            return 0
        fi
        size=$(stat -c %s "$output" 2>/dev/null || echo -1)
        sleep 0.5
    done
    return 1
}

# ---- Main -------------------------------------------------------------------------------------------

choose_java

if [ -n "$jar" ]; then
    [ -f "$jar" ] || die "--jar $jar: no such file"
else
    command -v mvn >/dev/null || die "Maven is needed to build wadb (apt-get install -y maven), or pass --jar FILE"
    say "building target/wadb.jar (mvn -B -q -DskipTests package)"
    # Maven's output only when it fails: with -q it still prints colour resets on success.
    if ! mvn -B -q -DskipTests -f "$source_dir/pom.xml" package >"$scratch/mvn.log" 2>&1; then
        cat "$scratch/mvn.log" >&2
        die "the build failed (Maven's output above)"
    fi
    jar=$source_dir/target/wadb.jar
fi

if [ -z "$prefix" ]; then
    if is_root; then prefix=/usr/local; else prefix=$HOME/.local; fi
fi
mkdir -p -- "$prefix/bin" "$prefix/lib/wadb"
prefix=$(cd -- "$prefix" && pwd)
bin_dir=$prefix/bin
lib_dir=$prefix/lib/wadb
installed_jar=$lib_dir/wadb.jar
launcher=$bin_dir/wadb
choose_archive

# The old archive goes first: it belongs to the old jar (and maybe another JDK).
rm -f -- "$lib_dir/wadb.aot" "$lib_dir/wadb.jsa"
place "$jar" "$installed_jar" 644
build_client
write_launcher
# install.sh's own runs of wadb start no warm server: it would outlive the install by its idle time.
export WADB_WARM=off
say "installed $launcher (runs $installed_jar with $java)"
install_shell_files

check_database
case $db_state in
    ready) say "the database answers at wadb's configured URL" ;;
    server) say "a server answers at wadb's configured URL; the database is not there yet (wadb setup creates it)" ;;
    down)
        say "no server answers at wadb's configured URL: ${db_problem#wadb: }"
        if [ "$setup" = no ]; then
            say "--no-setup: leaving the database alone"
        elif want_postgres; then
            install_postgres
            check_database
        fi
        ;;
    refused)
        say "the server at wadb's configured URL does not accept the connection: ${db_problem#wadb: }"
        say "leaving that server alone; set VAYYARI_WA_DB_CONNECTION_STRING (or ./.env) to a URL that works"
        ;;
esac

setup_rc=0
if [ "$setup" = yes ]; then
    say "running: wadb setup"
    "$launcher" setup || setup_rc=$?
    if [ "$setup_rc" -eq 0 ]; then
        db_state=ready
    else
        warn "wadb setup failed (exit $setup_rc); wadb is installed: fix the connection, then run: wadb setup"
    fi
fi

build_archive

case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) say "$bin_dir is not on your PATH; add it, e.g.: echo 'export PATH=\"$bin_dir:\$PATH\"' >> ~/.profile" ;;
esac
if [ -f "$archive" ]; then
    say "done: $launcher, started with a $archive_kind"
else
    say "done: $launcher, without a class-data archive"
fi
exit "$setup_rc"

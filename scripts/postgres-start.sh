#!/usr/bin/env bash
# Start a throwaway PostgreSQL 15 server for tests.
#
# Usage:
#   scripts/postgres-start.sh [ENV_FILE]
#
# - initdb's a fresh cluster in a new temporary directory (PG_TMP), owned by the
#   `postgres` user when run as root (PostgreSQL refuses to run as root);
# - listens on 127.0.0.1 only, on a free port (54329 upward), with its unix
#   socket inside PG_TMP; trust auth (throwaway, loopback only);
# - creates the database `together_test`;
# - prints exactly one line on stdout:
#     export TOGETHER_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:PORT/together_test PG_TMP=DIR
#   so `eval "$(scripts/postgres-start.sh)"` works;
# - if ENV_FILE is given, also writes three lines to it
#     TOGETHER_TEST_DATABASE_URL=...
#     PG_TMP=...
#     TOGETHER_TEST_PG_DATA=... (the cluster's data directory)
#   (use: `set -a; . ENV_FILE; set +a`).
#
# Everything else (progress, apt output) goes to stderr; the server log is
# PG_TMP/postgres.log. Stop and clean up with: scripts/postgres-stop.sh "$PG_TMP"
#
# The cluster a Debian package may have created (port 5432) is left alone.
set -euo pipefail

ENV_FILE="${1:-}"
# Resolve now: we cd into the temporary directory later.
if [[ -n "$ENV_FILE" && "$ENV_FILE" != /* ]]; then ENV_FILE="$PWD/$ENV_FILE"; fi
PG_VERSION=15
PGBIN="/usr/lib/postgresql/${PG_VERSION}/bin"
DB_NAME="together_test"
DB_USER="postgres"
START_TIMEOUT=30

log() { echo "postgres-start: $*" >&2; }
die() { echo "postgres-start: ERROR: $*" >&2; exit 1; }

# --- 1. Make sure PostgreSQL 15 is installed --------------------------------
if [[ ! -x "$PGBIN/initdb" ]]; then
    [[ $EUID -eq 0 ]] || die "$PGBIN/initdb missing and not root: install postgresql-$PG_VERSION"
    log "installing postgresql-$PG_VERSION with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y -q "postgresql-$PG_VERSION" >&2
    [[ -x "$PGBIN/initdb" ]] || die "postgresql-$PG_VERSION installed but $PGBIN/initdb is missing"
fi

# As root, run the server tools as the postgres user; otherwise as ourselves.
if [[ $EUID -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "the 'postgres' system user does not exist"
    AS_PG=(runuser -u postgres --)
else
    AS_PG=()
fi

# --- 2. Fresh temporary directory ------------------------------------------
# Under /tmp (not $TMPDIR, which may not be traversable by the postgres user).
PG_TMP="$(mktemp -d "${TOGETHER_PG_TMPROOT:-/tmp}/together-pg.XXXXXXXX")"
touch "$PG_TMP/.together-pg"          # marker: postgres-stop.sh only deletes such dirs
DATA="$PG_TMP/data"
LOGFILE="$PG_TMP/postgres.log"
touch "$LOGFILE"
if [[ $EUID -eq 0 ]]; then
    chown -R postgres:postgres "$PG_TMP"
fi
chmod 700 "$PG_TMP"
cd "$PG_TMP"   # so the postgres user never sits in an unreadable cwd

fail_start() {
    echo "postgres-start: ERROR: $*" >&2
    echo "----- last lines of $LOGFILE -----" >&2
    tail -n 40 "$LOGFILE" >&2 || true
    echo "-----------------------------------" >&2
    if [[ -f "$DATA/postmaster.pid" ]]; then
        "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DATA" stop -m immediate -w -t 10 >&2 || true
    fi
    cd / && rm -rf -- "$PG_TMP"
    exit 1
}

# --- 3. initdb -----------------------------------------------------------
LOCALE=C
if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then LOCALE=C.UTF-8; fi
log "initdb in $DATA"
if ! "${AS_PG[@]}" "$PGBIN/initdb" -D "$DATA" -U "$DB_USER" -A trust -E UTF8 \
        --locale="$LOCALE" --nosync >>"$LOGFILE" 2>&1; then
    fail_start "initdb failed"
fi

# --- 4. Pick a free port on 127.0.0.1 -------------------------------------
port_is_free() {
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$1" <<'EOF'
import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
EOF
    else
        # Nobody answers => free (good enough without python3).
        ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}
PORT=""
for p in $(seq 54329 54529); do
    if port_is_free "$p"; then PORT=$p; break; fi
done
[[ -n "$PORT" ]] || fail_start "no free port in 54329-54529"

# Settings for a throwaway test server: loopback only, socket in PG_TMP,
# durability off (faster; data is thrown away anyway).
cat >>"$DATA/postgresql.conf" <<EOF

# --- together test server ---
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$PG_TMP'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
EOF

# --- 5. Start and wait ---------------------------------------------------
log "starting server on 127.0.0.1:$PORT (log: $LOGFILE)"
if ! "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DATA" -l "$LOGFILE" -w -t "$START_TIMEOUT" start >&2; then
    fail_start "pg_ctl start failed"
fi

ready=""
for _ in $(seq 1 $((START_TIMEOUT * 2))); do
    if "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -U "$DB_USER"; then ready=1; break; fi
    sleep 0.5
done
[[ -n "$ready" ]] || fail_start "server did not accept connections within ${START_TIMEOUT}s"

if ! "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$DB_USER" "$DB_NAME" >&2; then
    fail_start "createdb $DB_NAME failed"
fi

URL="postgres://${DB_USER}@127.0.0.1:${PORT}/${DB_NAME}"
if [[ -n "$ENV_FILE" ]]; then
    # TOGETHER_TEST_PG_DATA lets the erasure test read the server's own files.
    printf 'TOGETHER_TEST_DATABASE_URL=%s\nPG_TMP=%s\nTOGETHER_TEST_PG_DATA=%s\n' "$URL" "$PG_TMP" "$PG_TMP/data" >"$ENV_FILE"
fi
log "ready: $URL"
echo "export TOGETHER_TEST_DATABASE_URL=$URL PG_TMP=$PG_TMP"

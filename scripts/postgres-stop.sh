#!/usr/bin/env bash
# Stop a throwaway PostgreSQL server started by scripts/postgres-start.sh and
# remove its temporary directory.
#
# Usage:
#   scripts/postgres-stop.sh DIR        # DIR is the PG_TMP printed by postgres-start.sh
#
# Safe to call twice: a missing DIR is not an error. Refuses to delete a
# directory that postgres-start.sh did not create (no .together-pg marker).
set -euo pipefail

PGBIN="/usr/lib/postgresql/15/bin"
DIR="${1:-}"

log() { echo "postgres-stop: $*" >&2; }

if [[ -z "$DIR" ]]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
if [[ ! -e "$DIR" ]]; then
    log "$DIR does not exist (already stopped)"
    exit 0
fi
if [[ ! -f "$DIR/.together-pg" ]]; then
    log "ERROR: $DIR was not created by postgres-start.sh (no .together-pg marker); not touching it"
    exit 1
fi

DATA="$DIR/data"
if [[ $EUID -eq 0 ]]; then AS_PG=(runuser -u postgres --); else AS_PG=(); fi
cd "$DIR"   # a cwd the postgres user can read

if [[ -f "$DATA/postmaster.pid" ]]; then
    pid="$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null || true)"
    if ! "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DATA" stop -m fast -w -t 30 >&2; then
        # pg_ctl failed (or timed out): kill exactly that postmaster.
        # (Only if that pid really is our postmaster, not a reused pid.)
        if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
                && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$DATA"; then
            log "pg_ctl stop failed; sending SIGKILL to postmaster $pid"
            kill -KILL "$pid" 2>/dev/null || true
            for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        fi
    fi
fi

cd /
rm -rf -- "$DIR"
log "removed $DIR"

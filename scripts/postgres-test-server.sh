#!/usr/bin/env bash
# A throwaway PostgreSQL server for PostgresIntegrationTest, from the Debian packages (postgresql-15 or later).
#
#   eval "$(scripts/postgres-test-server.sh start)"    # starts it, prints the export line for the test
#   mvn test -Dtest=PostgresIntegrationTest
#   scripts/postgres-test-server.sh stop
#
# Listens on 127.0.0.1 only (port PGPORT, default 54329), trusts local connections, keeps its data under
# PGROOT (default /tmp/yearbook-pg). Run as root: the server itself runs as the postgres user.
set -euo pipefail

PGROOT=${PGROOT:-/tmp/yearbook-pg}
PGPORT=${PGPORT:-54329}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -n "$BIN" ]] || { echo "no PostgreSQL server installed (apt-get install postgresql)" >&2; exit 2; }
as_postgres() { if [[ $(id -u) == 0 ]]; then su postgres -c "$*"; else bash -c "$*"; fi; }

case "${1:-start}" in
  start)
    mkdir -p "$PGROOT"
    [[ $(id -u) == 0 ]] && chown postgres "$PGROOT"
    if [[ ! -f "$PGROOT/data/PG_VERSION" ]]; then
      as_postgres "$BIN/initdb -D $PGROOT/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" > "$PGROOT/initdb.log" 2>&1
    fi
    as_postgres "$BIN/pg_ctl -D $PGROOT/data -o '-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1' -l $PGROOT/server.log -w start" >&2
    psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qtc "SELECT 1 FROM pg_roles WHERE rolname = 'yearbook'" | grep -q 1 \
      || psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE USER yearbook PASSWORD 'yearbook'" >&2
    psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qtc "SELECT 1 FROM pg_database WHERE datname = 'yearbook_test'" | grep -q 1 \
      || psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE yearbook_test OWNER yearbook" >&2
    echo "export YEARBOOK_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$PGPORT/yearbook_test"
    ;;
  stop)
    as_postgres "$BIN/pg_ctl -D $PGROOT/data -m fast stop" >&2
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

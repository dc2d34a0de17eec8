#!/usr/bin/env bash
# Makes sure what the test suite needs outside the JVM is there: the real PostgreSQL and Redis
# servers the state-store tests run against (issue 8) and Debian's Chromium + ChromeDriver for
# the browser test (issue 6). The root pom runs it before the tests (skip: -Dclave.services.skip).
# Idempotent: when everything already answers it changes nothing and needs no privileges;
# otherwise it installs only what is missing and starts only what is not running (as root on
# Debian 12, or through password-less sudo). Safe to run again at any time.
#
# Afterwards the tests' defaults work unchanged:
#   CLAVE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/clave_test  user clave / password clave
#   CLAVE_TEST_REDIS_URI=redis://127.0.0.1:6379
set -euo pipefail

PG_DB="${CLAVE_TEST_PG_DB:-clave_test}"
PG_USER="${CLAVE_TEST_PG_USER:-clave}"
PG_PASSWORD="${CLAVE_TEST_PG_PASSWORD:-clave}"
REDIS_PORT="${CLAVE_TEST_REDIS_PORT:-6379}"
WAIT_SECONDS="${CLAVE_SERVICES_WAIT:-60}"

log() { echo "[services] $*"; }

# --- fast path: everything answers already ----------------------------------------------------
all_ready() {
  command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || return 1
  command -v redis-cli >/dev/null 2>&1 && redis-cli -h 127.0.0.1 -p "${REDIS_PORT}" ping 2>/dev/null | grep -qx PONG || return 1
  command -v psql >/dev/null 2>&1 || return 1
  PGPASSWORD="${PG_PASSWORD}" PGCONNECT_TIMEOUT=3 psql -X -q -h 127.0.0.1 -U "${PG_USER}" -d "${PG_DB}" -tAc 'SELECT 1' >/dev/null 2>&1
}
if all_ready; then
  log "PostgreSQL, Redis, Chromium and ChromeDriver ready"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    exec sudo -n -E bash "$0" "$@"
  fi
  echo "[services] PostgreSQL, Redis or Chromium is missing or not running. Run once as root:" >&2
  echo "[services]   sudo bash .ci/services.sh" >&2
  echo "[services] or skip this check with -Dclave.services.skip=true if you run them yourself" >&2
  echo "[services] (see README: Test suite)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive

# --- install what is missing ---------------------------------------------------------------
missing=()
command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- PostgreSQL ----------------------------------------------------------------------------
pg_version="$(ls /usr/lib/postgresql | sort -V | tail -n1)"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "${pg_version} main"; then
  log "creating PostgreSQL ${pg_version} cluster main"
  pg_createcluster "${pg_version}" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="${pg_version}" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  log "starting PostgreSQL ${pg_version}/main"
  pg_ctlcluster "${pg_version}" main start
fi

# --- Redis ---------------------------------------------------------------------------------
if ! redis-cli -h 127.0.0.1 -p "${REDIS_PORT}" ping 2>/dev/null | grep -qx PONG; then
  log "starting redis-server on 127.0.0.1:${REDIS_PORT}"
  redis-server --port "${REDIS_PORT}" --daemonize yes --save '' --appendonly no --bind 127.0.0.1
fi

# --- wait until both answer ----------------------------------------------------------------
deadline=$((SECONDS + WAIT_SECONDS))
until pg_isready -q -h 127.0.0.1 -p 5432; do
  [ "${SECONDS}" -lt "${deadline}" ] || { echo "[services] PostgreSQL did not come up in ${WAIT_SECONDS}s" >&2; exit 1; }
  sleep 1
done
until redis-cli -h 127.0.0.1 -p "${REDIS_PORT}" ping 2>/dev/null | grep -qx PONG; do
  [ "${SECONDS}" -lt "${deadline}" ] || { echo "[services] Redis did not come up in ${WAIT_SECONDS}s" >&2; exit 1; }
  sleep 1
done

# --- test role and database ----------------------------------------------------------------
psql_admin() { su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -tA $*"; }
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname='${PG_USER}'\"")" != "1" ]; then
  log "creating role ${PG_USER}"
  psql_admin "-c \"CREATE ROLE ${PG_USER} LOGIN PASSWORD '${PG_PASSWORD}'\""
else
  psql_admin "-c \"ALTER ROLE ${PG_USER} LOGIN PASSWORD '${PG_PASSWORD}'\""
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname='${PG_DB}'\"")" != "1" ]; then
  log "creating database ${PG_DB}"
  psql_admin "-c \"CREATE DATABASE ${PG_DB} OWNER ${PG_USER}\""
fi

# the password login over TCP is what the tests use: prove it works
PGPASSWORD="${PG_PASSWORD}" psql -X -q -h 127.0.0.1 -U "${PG_USER}" -d "${PG_DB}" -tAc 'SELECT 1' >/dev/null
log "PostgreSQL ready: jdbc:postgresql://127.0.0.1:5432/${PG_DB} (user ${PG_USER})"
log "Redis ready: redis://127.0.0.1:${REDIS_PORT} ($(redis-cli -p "${REDIS_PORT}" info server | tr -d '\r' | grep '^redis_version:'))"

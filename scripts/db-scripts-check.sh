#!/usr/bin/env bash
# CI: `npm run db:migrate && npm run db:seed` on a fresh database succeed, and a second run
# changes nothing; on a fresh embedded cluster, then on a fresh database of DATABASE_URL's server
# (default: the machine's Postgres on 127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."

run_twice() {
  local first second
  first=$(npm run -s db:migrate && npm run -s db:seed)
  echo "$first"
  second=$(npm run -s db:migrate && npm run -s db:seed)
  echo "$second"
  grep -q "no migration applied" <<<"$second" || { echo "second db:migrate applied something"; exit 1; }
  grep -q "nothing written" <<<"$second" || { echo "second db:seed wrote something"; exit 1; }
}

echo "-- embedded Postgres, fresh cluster"
dir=".data/ci-db-scripts/postgres"
rm -rf .data/ci-db-scripts
(unset DATABASE_URL; EMBEDDED_DB_DIR="$dir" run_twice)
rm -rf .data/ci-db-scripts

echo "-- DATABASE_URL, fresh database"
admin="${CI_ADMIN_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
name="scp_ci_db_scripts_$$"
psql "$admin" -qc "create database $name"
trap 'psql "$admin" -qc "drop database if exists $name" >/dev/null' EXIT
DATABASE_URL="${admin%/*}/$name" run_twice

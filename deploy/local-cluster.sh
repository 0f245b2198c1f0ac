#!/usr/bin/env bash
# A local IMU cluster for trying cluster mode on one machine: a throwaway PostgreSQL 15 in a temp
# directory (run as the postgres user when started as root, since the server refuses root), the
# schema migrated once, and N silos (default 3) on loopback ports, each with its own silo, gateway and
# HTTP port. Prints how to reach them and stays in the foreground; Ctrl+C (or SIGTERM, or the end of
# this script for any reason) stops the silos gracefully, stops PostgreSQL and deletes the directory.
#
#   deploy/local-cluster.sh [--silos N] [--no-build] [--keep]
#
#   --silos N    how many silos (default 3)
#   --no-build   do not build the imu command first (use what IMU_BIN points at)
#   --keep       keep the temp directory (database and silo logs) after stopping
#
# IMU_BIN names the imu command to run (an executable, or imu.dll to run with dotnet); by default the
# script builds client/IMU.Cli in Release and runs that. Everything listens on 127.0.0.1 only, and
# PostgreSQL trusts local connections, so this is for one machine, never for a shared network.
set -euo pipefail

silos=3
build=1
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --silos) silos=${2:?--silos needs a number}; shift 2 ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "local-cluster.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
case "$silos" in ''|*[!0-9]*|0) echo "local-cluster.sh: --silos must be a positive number, not '$silos'" >&2; exit 2 ;; esac

root=$(cd "$(dirname "$0")/.." && pwd)
pg_bin=${IMU_PG_BIN:-}
if [ -z "$pg_bin" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/initdb" ] && pg_bin=$candidate; done
fi
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "local-cluster.sh: PostgreSQL server binaries not found (initdb); install them, e.g. apt-get install -y postgresql-15, or set IMU_PG_BIN" >&2
  exit 1
fi

imu=${IMU_BIN:-$root/client/IMU.Cli/bin/Release/net10.0/imu}
if [ "$build" -eq 1 ] && [ -z "${IMU_BIN:-}" ]; then
  echo "building the imu command (client/IMU.Cli, Release)..."
  dotnet build "$root/client/IMU.Cli" -c Release -nologo -v quiet >/dev/null
fi
run_imu() {
  case "$imu" in
    *.dll) dotnet "$imu" "$@" ;;
    *) "$imu" "$@" ;;
  esac
}
[ -e "$imu" ] || { echo "local-cluster.sh: $imu does not exist (build client/IMU.Cli or set IMU_BIN)" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

dir=$(mktemp -d /tmp/imu-local-cluster.XXXXXX)
silo_pids=()
stopping=0
cleanup() {
  [ "$stopping" -eq 1 ] && return
  stopping=1
  trap '' INT TERM
  echo
  echo "stopping ${#silo_pids[@]} silo(s)..."
  for pid in "${silo_pids[@]}"; do [ "$pid" -gt 0 ] && kill -TERM "$pid" 2>/dev/null; done
  for pid in "${silo_pids[@]}"; do
    [ "$pid" -gt 0 ] || continue
    # A graceful stop hands the silo's grains over; give it 20 s, then stop it for good.
    for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ -d "$dir/data" ]; then
    echo "stopping PostgreSQL..."
    as_postgres "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
  fi
  if [ "$keep" -eq 1 ]; then
    echo "kept $dir (database in data/, silo logs silo-N.log)"
  else
    rm -rf "$dir"
  fi
  echo "stopped"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A port is free when nothing answers on it and no port handed out before is the same.
taken=" "
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    case "$taken" in *" $port "*) continue ;; esac
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
    taken="$taken$port "
    echo "$port"
    return 0
  done
  echo "local-cluster.sh: no free loopback port found" >&2
  return 1
}

[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
echo "PostgreSQL: initdb in $dir/data"
as_postgres "$pg_bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
pg_port=$(free_port)
as_postgres "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
  -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
  || { cat "$dir/postgres.log" >&2; exit 1; }
as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "CREATE DATABASE imu" >/dev/null
postgres="Host=127.0.0.1;Port=$pg_port;Database=imu;Username=postgres"
echo "PostgreSQL: 127.0.0.1:$pg_port, database imu"
run_imu db migrate --postgres "$postgres"

logs="$dir/logs"
mkdir -p "$logs"
gateways=()
http_ports=()
for i in $(seq 1 "$silos"); do
  silo_port=$(free_port); gateway_port=$(free_port); http_port=$(free_port)
  # Its own session, so a Ctrl+C at the terminal reaches this script alone and the silos stop in order.
  case "$imu" in
    *.dll) setsid dotnet "$imu" silo --postgres "$postgres" --silo-port "$silo_port" --gateway-port "$gateway_port" --http-port "$http_port" >"$logs/silo-$i.log" 2>&1 & ;;
    *) setsid "$imu" silo --postgres "$postgres" --silo-port "$silo_port" --gateway-port "$gateway_port" --http-port "$http_port" >"$logs/silo-$i.log" 2>&1 & ;;
  esac
  silo_pids+=("$!")
  gateways+=("127.0.0.1:$gateway_port")
  http_ports+=("$http_port")
  echo "silo $i: pid $!, silo port $silo_port, gateway 127.0.0.1:$gateway_port, http://127.0.0.1:$http_port (log $logs/silo-$i.log)"
done

# GET /health/ready with bash alone (a fresh machine may have no curl); a subshell, so a refused connection only fails the check.
ready() (
  exec 3<>"/dev/tcp/127.0.0.1/$1"
  printf 'GET /health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  response=$(head -c 12 <&3)
  [ "$response" = "HTTP/1.1 200" ] || [ "$response" = "HTTP/1.0 200" ]
)
for i in $(seq 1 "$silos"); do
  pid=${silo_pids[$((i - 1))]}
  port=${http_ports[$((i - 1))]}
  for _ in $(seq 1 1200); do
    ready "$port" 2>/dev/null && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "local-cluster.sh: silo $i exited before it was ready; its log:" >&2
      cat "$logs/silo-$i.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  ready "$port" 2>/dev/null || { echo "local-cluster.sh: silo $i not ready after 120 s; log $logs/silo-$i.log" >&2; exit 1; }
done

cat <<EOF

IMU cluster ready: $silos silos on PostgreSQL 127.0.0.1:$pg_port
  gateways:   ${gateways[*]}
  http:       $(for p in "${http_ports[@]}"; do printf 'http://127.0.0.1:%s ' "$p"; done)
  health:     curl http://127.0.0.1:${http_ports[0]}/health/ready
  any client: export IMU_GATEWAY=${gateways[0]}
  or find the live gateways in the membership table:
              export IMU_POSTGRES='$postgres'
Ctrl+C stops the silos and PostgreSQL and deletes $dir.
EOF

# Stay until interrupted; a silo that dies is reported, the others keep running.
while true; do
  for i in $(seq 1 "$silos"); do
    pid=${silo_pids[$((i - 1))]}
    if [ "$pid" != 0 ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "silo $i (pid $pid) exited; its log: $logs/silo-$i.log"
      silo_pids[$((i - 1))]=0
    fi
  done
  sleep 1 &
  wait $! || true
done

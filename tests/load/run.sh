#!/usr/bin/env bash
# The demo server under load (issues 7 and 16): builds the release server, starts it on
# 127.0.0.1 with --port 0, and runs wrk with tests/load/mix.lua (valid, invalid, malformed,
# oversized bodies across several operations) twice: without and with the ~60 KiB body of
# ~30 000 violations (MANY), sampling the server's resident memory (VmRSS) before, during and
# after. Then the CPU the server spends per request on each body of tests/load/bodies.mjs
# (typical invalid bodies, and the worst within the 64 KiB limit), from its /proc CPU time
# over a run of that body alone, with the size of its answer. Not part of ./run test; run it
# by hand:
#
#   tests/load/run.sh                 # 25 s a mix, 2 threads, 32 connections; 5 s a body
#   DURATION=60s CONNECTIONS=64 CPU_DURATION=10s tests/load/run.sh
#   MIXES=0 tests/load/run.sh         # the CPU table alone
#
# Exits non-zero if the server answered any 5xx or died.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-25s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
# Built as a server depending on the crate builds it (Cargo's default release profile,
# opt-level 3), not with this crate's own release profile, which is size-optimised for the
# npm package's module.
cargo build --locked --release --features server --bin bss-validate-server \
  --config 'profile.release.opt-level=3' --target-dir target/server-speed
# The server serves pkg/dist and pkg/wasm; the API needs neither, but it checks its root.

out=$(mktemp -d)
target/server-speed/release/bss-validate-server --port 0 >"$out/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 100); do grep -q http "$out/server.log" && break; sleep 0.1; done
url=$(head -1 "$out/server.log" | sed 's/.*\(http[^ ]*\)/\1/')
[ -n "$url" ] || { echo "the server did not start:"; cat "$out/server.log"; exit 1; }
url=${url%/}

rss() { awk '/^VmRSS/ {print $2}' "/proc/$pid/status"; }   # KiB
echo "server $url (pid $pid), RSS at start: $(rss) KiB"

# Warm-up (5 s), so "before" is the resident set of a server that has served the mix.
wrk -t1 -c4 -d5s -s tests/load/mix.lua "$url" >/dev/null
before=$(rss)
echo "RSS after warm-up: $before KiB"

( while kill -0 "$pid" 2>/dev/null; do echo "$(date +%s.%N) $(rss)"; sleep 0.5; done ) >"$out/rss.log" 2>/dev/null &
sampler=$!
: >"$out/wrk.log"
for many in $([ "${MIXES:-1}" = 0 ] || echo 0 1); do
  echo "=== the mix $([ $many = 1 ] && echo with || echo without) the many-violation body"
  MANY=$many wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s tests/load/mix.lua "$url" | tee -a "$out/wrk.log"
done
kill "$sampler" 2>/dev/null || true
sleep 2
after=$(rss)

kill -0 "$pid" || { echo "the server died"; exit 1; }
peak=$(awk '{ if ($2 > m) m = $2 } END { print m }' "$out/rss.log")
samples=$(wc -l <"$out/rss.log")
echo "RSS (KiB): before $before, peak during $peak ($samples samples, every 0.5 s), after $after"
echo "RSS during (KiB, each 5th sample): $(awk 'NR % 10 == 1 { printf "%s ", $2 }' "$out/rss.log")"
# Anything the server wrote besides its URL (it must log no bodies).
extra=$(tail -n +2 "$out/server.log" | wc -c)
echo "server output after its URL line: $extra bytes"
fives=$(awk '/^5xx/ {n += $2; seen = 1} END {print seen ? n : ""}' "$out/wrk.log")
[ "${MIXES:-1}" = 0 ] || [ "${fives:-1}" = 0 ] || { echo "FAIL: $fives 5xx answers"; exit 1; }

# Per-request CPU: the server's user + system time (/proc/<pid>/stat, in clock ticks) over a
# run of one body alone, divided by the requests served. The worst bodies are held to 10x the
# typical invalid ones' mean, their answers to 16 KiB (the extractor's defaults: at most 100
# violations in 16 KiB, see Settings). Twice: the demo server as it runs (it normalises form
# input, as the portal's forms do), and with --strict (the extractor's default settings).
hz=$(getconf CLK_TCK)
node tests/load/bodies.mjs "$out" >"$out/bodies.tsv"
fail=0
cpu_table() { # <url> <pid> <label>
  local url=$1 pid=$2 typical=0 kinds=0 name path file answer t0 t1 n us ratio
  echo "=== CPU per request, $3: ${CPU_DURATION:-5s} of each body alone (1 thread, 4 connections)"
  printf '%-30s %9s %9s %12s %8s\n' body bytes answer "CPU µs/req" ratio
  while IFS=$'\t' read -r name path file; do
    answer=$(curl -s -o /dev/null -w '%{size_download}' -H 'Content-Type: application/json' --data-binary @"$file" "$url$path")
    t0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    n=$(BODY_FILE=$file API_PATH=$path wrk -t1 -c4 -d"${CPU_DURATION:-5s}" -s tests/load/one.lua "$url" | awk '/^requests/ {print $2}')
    t1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    us=$(awk -v t="$((t1 - t0))" -v hz="$hz" -v n="$n" 'BEGIN {printf "%.1f", t * 1e6 / hz / n}')
    case "$name" in
      typical*) typical=$(awk -v a="$typical" -v b="$us" 'BEGIN {print a + b}'); kinds=$((kinds + 1)); ratio="" ;;
      *)
        ratio=$(awk -v u="$us" -v t="$typical" -v k="$kinds" 'BEGIN {printf "%.1fx", u / (t / k)}')
        awk -v u="$us" -v t="$typical" -v k="$kinds" 'BEGIN {exit !(u > 10 * t / k)}' && { echo "FAIL: $name costs more than 10x a typical invalid body"; fail=1; }
        [ "$answer" -le 16384 ] || { echo "FAIL: $name's answer is over 16 KiB"; fail=1; } ;;
    esac
    printf '%-30s %9d %9d %12s %8s\n' "$name" "$(wc -c <"$file")" "$answer" "$us" "$ratio"
  done <"$out/bodies.tsv"
  echo "typical invalid body: $(awk -v t="$typical" -v k="$kinds" 'BEGIN {printf "%.1f", t / k}') µs of server CPU per request (mean of $kinds)"
}
cpu_table "$url" "$pid" "the demo server (normalising)"
target/server-speed/release/bss-validate-server --port 0 --strict >"$out/strict.log" 2>&1 &
strict=$!
trap 'kill "$pid" "$strict" 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 100); do grep -q http "$out/strict.log" && break; sleep 0.1; done
surl=$(head -1 "$out/strict.log" | sed 's/.*\(http[^ ]*\)/\1/')
cpu_table "${surl%/}" "$strict" "--strict (the extractor's defaults)"
[ "$extra" = 0 ] || { echo "FAIL: the server printed more than its URL:"; tail -n +2 "$out/server.log" | head -c 2000; exit 1; }
[ "$fail" = 0 ] || exit 1
echo "OK: 0 5xx, the server alive, nothing logged, every worst body within 10x and 16 KiB"

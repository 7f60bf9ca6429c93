#!/usr/bin/env bash
# The demo server under load (issue 7): builds the release server, starts it on 127.0.0.1
# with --port 0, runs wrk with tests/load/mix.lua (valid, invalid, malformed, oversized and
# many-violation bodies across several operations) and samples the server's resident memory
# (VmRSS) before, during and after. Not part of ./run test; run it by hand:
#
#   tests/load/run.sh                 # 25 s, 2 threads, 32 connections
#   DURATION=60s CONNECTIONS=64 tests/load/run.sh
#   MANY=0 tests/load/run.sh          # without the ~60 KiB body of ~30 000 violations
#
# Exits non-zero if the server answered any 5xx or died.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-25s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cargo build --locked --release --features server --bin bss-validate-server
# The server serves pkg/dist and pkg/wasm; the API needs neither, but it checks its root.

out=$(mktemp -d)
target/release/bss-validate-server --port 0 >"$out/server.log" 2>&1 &
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
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s tests/load/mix.lua "$url" | tee "$out/wrk.log"
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
fives=$(awk '/^5xx/ {print $2}' "$out/wrk.log")
[ "${fives:-1}" = 0 ] || { echo "FAIL: $fives 5xx answers"; exit 1; }
[ "$extra" = 0 ] || { echo "FAIL: the server printed more than its URL:"; tail -n +2 "$out/server.log" | head -c 2000; exit 1; }
echo "OK: 0 5xx, the server alive, nothing logged"

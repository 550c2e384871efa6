#!/usr/bin/env bash
# Stop the broker started by .ci/kafka-start.sh <workdir>: TERM, then KILL after 20 s. Idempotent; always exits 0.
# The workdir (data, log) is kept, so kafka-start.sh on it again restarts the same broker.
set -u

[ $# -eq 1 ] || { echo "usage: $0 <workdir>" >&2; exit 0; }
pidfile="$1/kafka.pid"
[ -f "$pidfile" ] || exit 0
pid="$(cat "$pidfile" 2>/dev/null || true)"
# Alive and still our broker: guards against reused pids, and a zombie's empty cmdline counts as gone.
alive() { [ -n "$pid" ] && grep -qa 'kafka\.Kafka' "/proc/$pid/cmdline" 2>/dev/null; }

if alive; then
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do
    alive || break
    sleep 0.5
  done
  if alive; then
    echo "kafka-stop: broker $pid ignored TERM for 20 s, killing" >&2
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 1 10); do alive || break; sleep 0.5; done
  fi
fi
rm -f "$pidfile"
exit 0

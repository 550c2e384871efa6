#!/usr/bin/env bash
# Start a single-node Kafka (KRaft, broker+controller) for tests, from jars fetched via .ci/kafka/pom.xml.
# Usage: .ci/kafka-start.sh <workdir>   (env: KAFKA_PORT=9092, KAFKA_CONTROLLER_PORT=9093, KAFKA_START_TIMEOUT=90)
# Re-running on a stopped workdir restarts the same broker with its data; stop with .ci/kafka-stop.sh <workdir>.
# On success prints KAFKA_BROKERS=127.0.0.1:<port> on stdout; progress goes to stderr.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 <workdir>" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$1"
work="$(cd "$1" && pwd)"
port="${KAFKA_PORT:-9092}"
cport="${KAFKA_CONTROLLER_PORT:-9093}"
libs="$work/libs" log="$work/kafka.log" pidfile="$work/kafka.pid"

say() { echo "kafka-start: $*" >&2; }
die() { say "$*"; exit 1; }
fail() { say "$*"; [ -f "$log" ] && { say "last lines of $log:"; tail -n 40 "$log" >&2; }; exit 1; }
is_our_kafka() { grep -qa 'kafka\.Kafka' "/proc/$1/cmdline" 2>/dev/null; }
# Alive and not a zombie. Right after the fork the child may not have exec'd java yet, so its
# command line cannot yet tell whether the broker is still starting.
is_running() { [ -r "/proc/$1/stat" ] && [ "$(cut -d' ' -f3 "/proc/$1/stat")" != Z ]; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ -f "$pidfile" ] && is_our_kafka "$(cat "$pidfile")"; then
  die "a broker from $work is already running (pid $(cat "$pidfile")); stop it with .ci/kafka-stop.sh $work"
fi
for p in "$port" "$cport"; do
  if port_open "$p"; then
    die "port 127.0.0.1:$p is already in use (another Kafka?); free it or set KAFKA_PORT / KAFKA_CONTROLLER_PORT"
  fi
done

if ! ls "$libs"/kafka_2.13-*.jar >/dev/null 2>&1; then
  say "fetching Kafka jars into $libs"
  mvn -B -q -f "$here/kafka/pom.xml" dependency:copy-dependencies -DoutputDirectory="$libs" \
    >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; fail "mvn could not fetch the Kafka jars"; }
fi

cat >"$work/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$work/data
num.partitions=1
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
group.initial.rebalance.delay.ms=0
EOF

cat >"$work/log4j.properties" <<'EOF'
log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.request.logger=WARN
EOF

java_cmd=(java -Xmx512m -Xms128m -Djava.awt.headless=true
  "-Dlog4j.configuration=file:$work/log4j.properties" -cp "$libs/*")

# Format only once: a formatted log dir keeps the broker's data across stop/start.
if [ ! -f "$work/data/meta.properties" ]; then
  # A Kafka Uuid is 16 random bytes in unpadded base64url; avoid a leading '-' (CLI would take it as an option).
  cluster_id="-"
  while [ "${cluster_id:0:1}" = "-" ]; do
    cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
  done
  "${java_cmd[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$work/server.properties" \
    --ignore-formatted >>"$log" 2>&1 || fail "formatting storage failed"
fi

log_offset=$(( $(stat -c %s "$log" 2>/dev/null || echo 0) + 1 ))  # only look at this run's part of the log
"${java_cmd[@]}" kafka.Kafka "$work/server.properties" </dev/null >>"$log" 2>&1 &
pid=$!
echo "$pid" >"$pidfile"

deadline=$((SECONDS + ${KAFKA_START_TIMEOUT:-90}))
while [ "$SECONDS" -lt "$deadline" ]; do
  is_running "$pid" || fail "broker exited during startup"  # (kill -0 would pass for a zombie)
  # no grep -q here: with pipefail, tail's SIGPIPE after an early grep exit would read as "not started"
  if port_open "$port" && tail -c "+$log_offset" "$log" | grep 'Kafka Server started' >/dev/null; then
    say "broker up (pid $pid, log $log)"
    echo "KAFKA_BROKERS=127.0.0.1:$port"
    exit 0
  fi
  sleep 0.5
done
kill "$pid" 2>/dev/null || true
fail "broker did not start within ${KAFKA_START_TIMEOUT:-90} s"

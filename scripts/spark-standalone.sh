#!/usr/bin/env bash
# Runs talkmine on a real (one-machine) Spark standalone cluster and compares it with the local CLI.
# Not run in CI. Everything listens on 127.0.0.1 only; nothing is downloaded but Maven artifacts.
#
#   scripts/spark-standalone.sh [INPUT...]     default: input/ and, if present, ../shared/corpus/dev
#
# 1. builds target/talkmine.jar (+ target/lib) if needed, and Spark's own classpath into
#    target/spark-home/jars from Maven (scripts/spark-dist/pom.xml): a stand-in for a Spark distribution;
# 2. starts org.apache.spark.deploy.master.Master and ...worker.Worker with `java -cp`;
# 3. submits dev.talkmine.spark.SparkMain with org.apache.spark.deploy.SparkSubmit (client mode),
#    shipping the runtime jars (the CoreNLP models jar among them) with --jars;
# 4. stops the worker and the master, runs `./talkmine run` on the same inputs, and prints both
#    timings and a table-by-table comparison of the outputs.
#
# Settings (environment): FORMAT (csv,json: what the CLI writes; add parquet to try it), EXECUTOR_MEMORY (2g),
# EXECUTOR_CORES (2), WORKER_MEMORY (3g), MASTER_PORT (7077), MASTER_UI_PORT (8080), WORKER_UI_PORT (8081),
# KEEP_CLUSTER=1 to leave the cluster running.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

host=127.0.0.1
master_port="${MASTER_PORT:-7077}"
executor_memory="${EXECUTOR_MEMORY:-2g}"
executor_cores="${EXECUTOR_CORES:-2}"
worker_memory="${WORKER_MEMORY:-3g}"
format="${FORMAT:-csv,json}"
work="$root/target/spark-standalone"
spark_home="$root/target/spark-home"

if [ "$#" -gt 0 ]; then
  inputs=("$@")
else
  inputs=(input)
  [ -d ../shared/corpus/dev ] && inputs+=(../shared/corpus/dev)
fi

# What Spark's launcher adds on Java 17 (JavaModuleOptions); the same list as spark.java.options in pom.xml.
opens=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
log() { echo "spark-standalone: $*" >&2; }

# ---- 1. jars ----
if [ ! -f target/talkmine.jar ] || [ -n "$(find src/main models pom.xml -newer target/talkmine.jar -type f -print -quit)" ]; then
  log "building target/talkmine.jar"
  mvn -B -q -DskipTests package
fi
spark_version="$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml | head -1)"
if [ ! -f "$spark_home/jars/spark-core_2.13-$spark_version.jar" ]; then
  log "collecting Spark $spark_version's jars into $spark_home/jars"
  rm -rf "$spark_home"
  mvn -B -q -f scripts/spark-dist/pom.xml -Dspark.version="$spark_version" \
    dependency:copy-dependencies -DoutputDirectory="$spark_home/jars"
fi
if ls target/lib | grep -q '^spark-'; then
  echo "spark-standalone: target/lib contains Spark jars: it must not (provided scope)" >&2
  exit 1
fi
# the runtime jars for --jars; Spark brings its own SLF4J (and wins on its classpath anyway)
jars="$(ls "$root"/target/lib/*.jar | grep -v '/slf4j-' | paste -sd, -)"

# ---- 2. cluster ----
rm -rf "$work"
mkdir -p "$work/logs" "$work/worker" "$work/conf" "$work/local"
# Spark's default log4j2 config logs INFO to the console; the logs go to files here anyway
export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=$host SPARK_LOCAL_HOSTNAME=localhost
export SPARK_CONF_DIR="$work/conf" SPARK_LOCAL_DIRS="$work/local"
pids=()
cleanup() {
  if [ "${KEEP_CLUSTER:-0}" != 1 ]; then
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  fi
}
trap cleanup EXIT

wait_for() { # file pattern seconds
  for _ in $(seq "$3"); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 1
  done
  echo "spark-standalone: timed out waiting for '$2' in $1:" >&2
  tail -20 "$1" >&2
  exit 1
}

t_cluster=$(now)
java -Xmx512m "${opens[@]}" -cp "$spark_home/jars/*" org.apache.spark.deploy.master.Master \
  --host $host --port "$master_port" --webui-port "${MASTER_UI_PORT:-8080}" > "$work/logs/master.log" 2>&1 &
pids+=($!)
wait_for "$work/logs/master.log" "I have been elected leader" 60
java -Xmx512m "${opens[@]}" -cp "$spark_home/jars/*" org.apache.spark.deploy.worker.Worker \
  --host $host --cores "$executor_cores" --memory "$worker_memory" --work-dir "$work/worker" \
  --webui-port "${WORKER_UI_PORT:-8081}" "spark://$host:$master_port" > "$work/logs/worker.log" 2>&1 &
pids+=($!)
wait_for "$work/logs/worker.log" "Successfully registered with master" 60
log "master and worker up in $(secs "$t_cluster" "$(now)") s (spark://$host:$master_port)"

# ---- 3. submit ----
input_arg="$(IFS=,; echo "${inputs[*]}")"
t_submit=$(now)
set +e
java -Xmx1g "${opens[@]}" -cp "$spark_home/jars/*" org.apache.spark.deploy.SparkSubmit \
  --master "spark://$host:$master_port" --deploy-mode client \
  --conf spark.driver.host=$host --conf spark.driver.bindAddress=$host \
  --conf spark.ui.enabled=false \
  --executor-memory "$executor_memory" --executor-cores "$executor_cores" --total-executor-cores "$executor_cores" \
  --class dev.talkmine.spark.SparkMain \
  --jars "$jars" \
  "$root/target/talkmine.jar" "$input_arg" "$work/out" --format "$format" --single-file \
  > "$work/logs/submit.log" 2>&1
spark_code=$?
set -e
t_spark=$(secs "$t_submit" "$(now)")
grep '^talkmine:' "$work/logs/submit.log" >&2 || true
log "spark-submit exited with $spark_code after $t_spark s"
cleanup
pids=()
# keep the executors' logs, drop their copies of the jars (~480 MB)
for d in "$work"/worker/app-*/*/; do
  [ -f "$d/stderr" ] && cp "$d/stderr" "$work/logs/executor-$(basename "$(dirname "$d")")-$(basename "$d").log"
done
rm -rf "$work/worker" "$work/local"
grep -h 'talkmine: built the pipeline' "$work"/logs/executor-*.log 2>/dev/null | sed 's/.*talkmine: /spark-standalone: executor: /' >&2 || true

# ---- 4. the local CLI on the same inputs ----
t_cli=$(now)
set +e
./talkmine run "${inputs[@]}" -o "$work/cli" -q 2> "$work/logs/cli.log"
cli_code=$?
set -e
t_local=$(secs "$t_cli" "$(now)")
log "./talkmine run exited with $cli_code after $t_local s"

python3 - "$work" <<'PY'
import csv, glob, json, os, sys
work = sys.argv[1]
def rows_cli(name):
    with open(os.path.join(work, "cli", name + ".csv"), newline="", encoding="utf-8") as f:
        return list(csv.reader(f))
def rows_spark(name):
    out = []
    for part in sorted(glob.glob(os.path.join(work, "out", name + ".csv", "part-*"))):
        with open(part, newline="", encoding="utf-8") as f:
            r = list(csv.reader(f))
        out += r if not out else r[1:]
    return out
print(f"{'table':10} {'cli rows':>9} {'spark rows':>11}  same values")
for t in ("talks", "mentions", "entities", "errors"):
    a, b = rows_cli(t), rows_spark(t)
    print(f"{t:10} {len(a) - 1:9d} {len(b) - 1:11d}  {'yes' if a == b else 'NO'}")
cli = {}
for p in glob.glob(os.path.join(work, "cli", "*.json")):
    with open(p, encoding="utf-8") as f:
        cli[os.path.basename(p)[:-5]] = json.load(f)
spark = {}
for part in glob.glob(os.path.join(work, "out", "reports.jsonl", "part-*")):
    with open(part, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            spark[d.pop("report")] = d
same = sum(1 for k in cli if spark.get(k) == cli[k])
print(f"{'reports':10} {len(cli):9d} {len(spark):11d}  {'yes' if same == len(cli) == len(spark) else 'NO'} ({same} identical JSON)")
PY
echo "spark-standalone: timing: spark-submit $t_spark s (exit $spark_code), ./talkmine run $t_local s (exit $cli_code); logs in $work/logs"

#!/usr/bin/env bash
# Runs LabScaleBenchmark: start-up time and heap per idle router of a generated N-router lab.
# Usage: ssh-frontend/benchmark.sh [ROUTERS] [BASE_PORT]   (builds first; run it a few times, quote medians)
# BENCHMARK=CliBenchmark ssh-frontend/benchmark.sh [ITERATIONS] runs another program of org.looplab.bench.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
cd "$top"
# Built as ./looplab builds (package, never install): in the same run, each module's classpath names its
# sibling modules' freshly packaged jars under target/, not whatever sits in ~/.m2.
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
    -Dmdep.includeScope=test >/dev/null
exec java -cp "ssh-frontend/target/test-classes:ssh-frontend/target/classes:$(cat ssh-frontend/target/benchmark.classpath)" \
    "org.looplab.bench.${BENCHMARK:-LabScaleBenchmark}" "$@"

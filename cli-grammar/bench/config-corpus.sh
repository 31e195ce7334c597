#!/usr/bin/env bash
# Runs ConfigCorpusBenchmark: the share of lines of real IOS configs (*.cfg in FOLDER) that looplab applies
# or keeps. Usage: cli-grammar/bench/config-corpus.sh FOLDER [--refused]   (builds cli-grammar and what it needs
# first; --refused also prints every refused line with its message)
set -euo pipefail
top="$(cd "$(dirname "$0")/../.." && pwd)"
folder="$(cd "${1:?usage: config-corpus.sh FOLDER}" && pwd)"
cd "$top"
mvn -B -q -o -pl cli-grammar -am test-compile
mvn -B -q -o -pl cli-grammar dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
    -Dmdep.includeScope=test >/dev/null
exec java -cp "cli-grammar/target/test-classes:cli-grammar/target/classes:router-core/target/classes:$(cat cli-grammar/target/benchmark.classpath)" \
    org.looplab.bench.ConfigCorpusBenchmark "$folder" "${@:2}"

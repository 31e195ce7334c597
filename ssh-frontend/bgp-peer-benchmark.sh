#!/usr/bin/env bash
# Runs HostBgpBenchmark: BIRD 2 (Debian bird2, started as you) announces N prefixes to r1 of a 10-router ring
# (OSPF, iBGP to route reflectors) in this JVM; prints prefixes/s into r1 and to every router, heap per path.
# Usage: ssh-frontend/bgp-peer-benchmark.sh [N] [TIMEOUT_SECONDS]   (default 10000 prefixes; HEAP=4g by default)
# Compiles in place (test-compile with -am), never installs: other checkouts share the local repository.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
cd "$top"
command -v bird >/dev/null && command -v birdc >/dev/null || { echo "needs bird and birdc (Debian bird2)" >&2; exit 2; }
mvn -B -q -pl ssh-frontend -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test >/dev/null
exec java -Xmx${HEAP:-4g} ${JAVA_OPTS:-} \
    -cp "ssh-frontend/target/test-classes:ssh-frontend/target/classes:$(cat ssh-frontend/target/benchmark.classpath)" \
    org.looplab.bench.HostBgpBenchmark "$@"

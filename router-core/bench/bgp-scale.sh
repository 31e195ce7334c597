#!/bin/sh
# BGP scale benchmark: ./router-core/bench/bgp-scale.sh [routers] [seed]
# Builds router-core's test classes, then runs org.looplab.bench.BgpScaleBenchmark.
# Profile with: JAVA_OPTS="-XX:StartFlightRecording=filename=bgp.jfr,settings=profile" ./router-core/bench/bgp-scale.sh
set -e
cd "$(dirname "$0")/../.."
# compiled in place, not installed: other checkouts share the local repository
mvn -B -o -q test-compile -pl router-core
CP_FILE=router-core/target/bench.classpath
mvn -B -o -q dependency:build-classpath -pl router-core -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx${HEAP:-16g} $JAVA_OPTS -cp "router-core/target/classes:router-core/target/test-classes:$(cat $CP_FILE)" \
    org.looplab.bench.BgpScaleBenchmark "$@"

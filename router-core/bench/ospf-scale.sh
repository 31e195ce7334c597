#!/bin/sh
# OSPF scale benchmark: ./router-core/bench/ospf-scale.sh [routers] [seed] [p2p]
# Builds router-core with its test classes, then runs org.looplab.bench.OspfScaleBenchmark.
# Profile with: JAVA_OPTS="-XX:StartFlightRecording=filename=ospf.jfr,settings=profile" ./router-core/bench/ospf-scale.sh
set -e
cd "$(dirname "$0")/../.."
# package (as ./looplab builds) compiles the test classes too; nothing goes into ~/.m2
CP_FILE=router-core/target/bench.classpath
mvn -B -o -q -DskipTests package dependency:build-classpath -pl router-core \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx4g $JAVA_OPTS -cp "router-core/target/classes:router-core/target/test-classes:$(cat $CP_FILE)" \
    org.looplab.bench.OspfScaleBenchmark "$@"

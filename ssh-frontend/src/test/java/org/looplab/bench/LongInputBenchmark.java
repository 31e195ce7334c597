package org.looplab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * CPU time of one long line typed at a router, by kind of line and length (4 KB doubling up to 64 KB):
 * linear input cost shows as the time doubling with the length, a quadratic step as it quadrupling.
 * Usage: BENCHMARK=LongInputBenchmark ssh-frontend/benchmark.sh [MAX_KB]
 */
public final class LongInputBenchmark {
    private LongInputBenchmark() {
    }

    public static void main(String[] args) {
        int maxKb = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("words 'a a a ...' (exec)", n -> "a ".repeat(n / 2));
        kinds.put("one word (exec)", n -> "x".repeat(n));
        kinds.put("show + words", n -> "show " + "a ".repeat(n / 2));
        kinds.put("description (config-if)", n -> "description " + "word ".repeat(n / 5));
        kinds.put("hostname + words (config)", n -> "hostname " + "b ".repeat(n / 2));
        kinds.put("ping + options", n -> "ping 10.0.0.1 " + "repeat 1 ".repeat(n / 9) + "zzz");
        kinds.put("ping + abbreviated options", n -> "ping 10.0.0.1 " + "rep 1 ".repeat(n / 6) + "zzz");
        kinds.put("ping + full-keyword options", n -> "ping 10.0.0.1 " + "repeat 1 ".repeat(n / 9) + "1");
        kinds.put("no + words (config)", n -> "no " + "ip ".repeat(n / 3));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("%-28s %8s %10s%n", "line", "chars", "cpu ms");
        for (Map.Entry<String, IntFunction<String>> kind : kinds.entrySet()) {
            for (int kb = 4; kb <= maxKb; kb *= 2) {
                String line = kind.getValue().apply(kb * 1024);
                Kernel kernel = new Kernel(1);
                Lab lab = new Lab("bench", kernel);
                Router router = lab.addRouter("R1");
                CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
                if (kind.getKey().contains("config")) {
                    session.execute("configure terminal");
                }
                if (kind.getKey().contains("config-if")) {
                    session.execute("interface Loopback0");
                }
                long start = threads.getCurrentThreadCpuTime();
                String answer = session.execute(line);
                long cpu = threads.getCurrentThreadCpuTime() - start;
                System.out.printf("%-28s %8d %10.1f  %s%n", kind.getKey(), line.length(), cpu / 1e6,
                        answer.lines().findFirst().orElse("").trim());
                if (cpu > 20_000_000_000L) {
                    break;
                }
            }
        }
    }
}

package org.looplab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * CPU time of loading one large startup-config, by kind of line, 5,000 lines doubling up to 40,000:
 * linear loading shows as the time doubling with the size, per-line work that grows with the config as
 * it quadrupling. Usage: BENCHMARK=ConfigLoadBenchmark ssh-frontend/benchmark.sh [MAX_LINES]
 */
public final class ConfigLoadBenchmark {
    private ConfigLoadBenchmark() {
    }

    public static void main(String[] args) {
        int maxLines = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("ip route", i -> "ip route 10." + (i >> 8 & 255) + "." + (i & 255) + ".0 255.255.255.0 10.0.12.2");
        kinds.put("ip route, half unresolvable", i -> "ip route 10." + (i >> 8 & 255) + "." + (i & 255)
                + ".0 255.255.255.0 " + (i % 2 == 0 ? "Null0" : "192.0.2.1"));
        kinds.put("username", i -> "username u" + i + " privilege 1 secret p" + i);
        kinds.put("interface + description", i -> i % 2 == 0 ? "interface Loopback" + (i / 2 % 10) : " description line " + i);
        kinds.put("new loopback + description", i -> i % 2 == 0 ? "interface Loopback" + (i / 2 + 1) : " description x");
        kinds.put("new loopback in OSPF", i -> (i == 0 ? "router ospf 1\n network 10.0.0.0 0.255.255.255 area 0\n" : "")
                + (i % 2 == 0 ? "interface Loopback" + (i / 2 + 1)
                : " ip address 10.1." + (i / 2 >> 8 & 255) + "." + (i / 2 & 255) + " 255.255.255.255"));
        kinds.put("not modelled (ntp server)", i -> "ntp server 10.1." + (i >> 8 & 255) + "." + (i & 255));
        kinds.put("ip address on Gi0/0", i -> i % 2 == 0 ? "interface GigabitEthernet0/0"
                : " ip address 10." + (i >> 8 & 255) + "." + (i & 255) + ".1 255.255.255.0");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("%-28s %8s %10s %9s%n", "lines", "count", "cpu ms", "warnings");
        for (Map.Entry<String, IntFunction<String>> kind : kinds.entrySet()) {
            for (int lines = 5_000; lines <= maxLines; lines *= 2) {
                StringBuilder config = new StringBuilder("hostname R1\ninterface Loopback0\n ip address 10.0.0.1 255.255.255.255\n");
                for (int i = 0; i < lines; i++) {
                    config.append(kind.getValue().apply(i)).append('\n');
                }
                Kernel kernel = new Kernel(1);
                Lab lab = new Lab("bench", kernel);
                Router router = lab.addRouter("R1");
                long start = threads.getCurrentThreadCpuTime();
                int warnings = kernel.call(() -> ConfigLoader.apply(router, config.toString())).size();
                long cpu = threads.getCurrentThreadCpuTime() - start;
                System.out.printf("%-28s %8d %10.1f %9d%n", kind.getKey(), lines, cpu / 1e6, warnings);
                if (cpu > 30_000_000_000L) {
                    break;
                }
            }
        }
    }
}

package org.looplab.cli.show;

import java.util.List;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * What an IOSv answers to the reports of features a looplab router does not run (or runs without
 * counters): the messages of a feature that is off, empty tables, and the fixed figures of a virtual
 * chassis. Automation reads these (Ansible's ios_facts, NAPALM's getters), so each is IOS's text.
 */
public final class ShowFeaturesOff {
    /** IOS's processes with a share of the uptime each: plausible figures for show processes cpu. */
    private static final List<String> PROCESSES = List.of("Chunk Manager", "Load Meter", "Check heaps",
            "Pool Manager", "Timers", "Net Input", "ARP Input", "IP Input", "CDP Protocol", "IP Background",
            "TCP Timer", "OSPF-1 Hello", "OSPF-1 Router", "BGP Scanner", "BGP Router", "SSH Process");

    private ShowFeaturesOff() {
    }

    /** {@code show inventory}: the chassis of an IOSv, with the serial of show version. */
    public static String inventory(Router router) {
        String serial = ShowVersion.serialNumber(router);
        return "NAME: \"IOSv\", DESCR: \"IOSv chassis, Hw Serial#: " + serial + ", Hw Revision: 1.0\"\n"
                + String.format("PID: %-18s, VID: 1.0, SN: %s%n", "IOSv", serial).replace("\r\n", "\n")
                + "\n";
    }

    /** {@code show processes cpu [sorted]}: an idle router, figures growing with the uptime. */
    public static String processesCpu(Router router) {
        long uptimeSeconds = Math.max(0, (router.kernel().now() - router.bootTimeNanos()) / 1_000_000_000L);
        StringBuilder out = new StringBuilder();
        out.append("CPU utilization for five seconds: 0%/0%; one minute: 0%; five minutes: 0%\n");
        out.append(" PID Runtime(ms)   Invoked      uSecs   5Sec   1Min   5Min TTY Process \n");
        for (int i = 0; i < PROCESSES.size(); i++) {
            long invoked = uptimeSeconds * (i % 4 + 1) + 1;
            long runtime = invoked * (i % 3) / 10;
            long micros = invoked == 0 ? 0 : runtime * 1000 / invoked;
            out.append(String.format("%4d %11d %9d %10d %6s %6s %6s %3d %s%n", i + 1, runtime, invoked, micros,
                    "0.00%", "0.00%", "0.00%", 0, PROCESSES.get(i)).replace("\r\n", "\n"));
        }
        return out.toString();
    }

    /** {@code show interfaces summary}: every interface, '*' when up; no queues or rates to report. */
    public static String interfacesSummary(Router router) {
        StringBuilder out = new StringBuilder();
        out.append("\n *: interface is up\n");
        out.append(" IHQ: pkts in input hold queue     IQD: pkts dropped from input queue\n");
        out.append(" OHQ: pkts in output hold queue    OQD: pkts dropped from output queue\n");
        out.append(" RXBS: rx rate (bits/sec)          RXPS: rx rate (pkts/sec)\n");
        out.append(" TXBS: tx rate (bits/sec)          TXPS: tx rate (pkts/sec)\n");
        out.append(" TRTL: throttle count\n\n");
        out.append(String.format("%-28s%5s", "  Interface", "IHQ"));
        for (String column : List.of("IQD", "OHQ", "OQD", "RXBS", "RXPS", "TXBS", "TXPS", "TRTL")) {
            out.append(String.format("%10s", column));
        }
        out.append('\n').append("-".repeat(113)).append('\n');
        for (Interface iface : router.interfaces()) {
            out.append(iface.isProtocolUp() ? '*' : ' ').append(' ');
            out.append(String.format("%-26s%5d", iface.name().fullName(), 0));
            for (int i = 0; i < 8; i++) {
                out.append(String.format("%10d", 0));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** {@code show lacp sys-id}: the default system priority and the chassis address. */
    public static String lacpSystemId(Router router) {
        String mac = router.interfaces().stream().filter(iface -> !iface.isLoopback()).map(Interface::macAddress)
                .sorted().findFirst().orElse("5254.0000.0000");
        return "32768, " + mac + "\n";
    }
}

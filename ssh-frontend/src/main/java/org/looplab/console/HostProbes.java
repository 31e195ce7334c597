package org.looplab.console;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.looplab.dataplane.DataPlane;
import org.looplab.dataplane.IcmpMessage;
import org.looplab.dataplane.IcmpType;
import org.looplab.dataplane.Ipv4Packet;
import org.looplab.dataplane.TracerouteHop;
import org.looplab.dataplane.TracerouteProbe;
import org.looplab.dataplane.TracerouteSession;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * The console's {@code host H ping [-c N] A} and {@code host H traceroute A}: a Linux host's iputils ping
 * (one echo a second, TTL 64, replies printed as they come, iputils' summary) and traceroute (UDP probes
 * from port 33434, three a hop, 30 hops, 5 s wait), run on the lab's clock through the data plane and
 * printed as Linux prints them. In real time the console waits as the lab runs; otherwise (tests) it
 * drives the clock itself.
 */
final class HostProbes {
    /** Linux's default TTL (net.ipv4.ip_default_ttl). */
    static final int LINUX_TTL = 64;
    private static final long SECOND = 1_000_000_000L;
    private static final String DONE = "\u0000done";

    private final Lab lab;
    private final PrintStream out;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();

    HostProbes(Lab lab, PrintStream out) {
        this.lab = lab;
        this.out = out;
    }

    void run(String[] words) {
        String usage = "usage: host HOST ping [-c COUNT] A.B.C.D | host HOST traceroute A.B.C.D   (a linux node)";
        if (words.length < 4) {
            out.println(usage);
            return;
        }
        String tool = words[2].toLowerCase(Locale.ROOT);
        int count = 4;
        int at = 3;
        if (tool.equals("ping") && words.length == 6 && words[3].equals("-c")) {
            try {
                count = Integer.parseInt(words[4]);
            } catch (NumberFormatException e) {
                count = 0;
            }
            if (count < 1 || count > 1000) {
                out.println("ping: invalid argument: '" + words[4] + "': out of range: 1 <= value <= 1000");
                return;
            }
            at = 5;
        }
        if (!(tool.equals("ping") || tool.equals("traceroute")) || words.length != at + 1) {
            out.println(usage);
            return;
        }
        Ipv4Address destination = Ipv4Address.parse(words[at]);
        if (destination == null) {
            out.println(tool + ": " + words[at] + ": Name or service not known");
            return;
        }
        int echoes = count;
        String refused = lab.kernel().call(() -> {
            Router host = lab.router(words[1]);
            if (host == null || !host.isEndHost()) {
                return "no linux host " + words[1] + (host == null ? "" : " (it is a router: attach " + words[1] + ")");
            }
            return tool.equals("ping") ? startPing(host, destination, echoes) : startTraceroute(host, destination);
        });
        if (refused != null) {
            out.println(refused);
            return;
        }
        drain();
    }

    /** Prints the lines the kernel produces until the probe is done, driving the clock when nobody else does. */
    private void drain() {
        Kernel kernel = lab.kernel();
        while (true) {
            String line = lines.poll();
            if (line == null) {
                if (kernel.runsInRealTime()) {
                    try {
                        line = lines.poll(100, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                } else {
                    kernel.runUntil(kernel.now() + SECOND / 10);
                }
                if (line == null) {
                    continue;
                }
            }
            if (line.equals(DONE)) {
                out.flush();
                return;
            }
            out.println(line);
            out.flush();
        }
    }

    // ---- ping, as iputils prints it ----

    private String startPing(Router host, Ipv4Address destination, int count) {
        DataPlane plane = lab.dataPlane();
        Ipv4Address source = plane.sourceAddress(host, destination);
        if (source == null) {
            return "ping: connect: Network is unreachable";
        }
        int identifier = plane.allocateIdentifier();
        long start = host.kernel().now();
        long[] rtts = new long[count];
        long[] sentAt = new long[count];
        int[] counts = new int[2]; // received, errors
        lines.add("PING " + destination + " (" + destination + ") 56(84) bytes of data.");
        plane.bind(host, identifier, packet -> {
            IcmpMessage icmp = packet.icmp();
            if (icmp == null) {
                return;
            }
            if (icmp.type() == IcmpType.ECHO_REPLY && icmp.sequence() < count && rtts[icmp.sequence()] == 0) {
                long rtt = Math.max(1, host.kernel().now() - sentAt[icmp.sequence()]);
                rtts[icmp.sequence()] = rtt;
                counts[0]++;
                lines.add("64 bytes from " + packet.source() + ": icmp_seq=" + (icmp.sequence() + 1) + " ttl="
                        + packet.ttl() + " time=" + millis(rtt) + " ms");
            } else if (icmp.type().isError() && icmp.quoted() != null && icmp.quoted().icmp() != null) {
                counts[1]++;
                lines.add("From " + packet.source() + " icmp_seq=" + (icmp.quoted().icmp().sequence() + 1) + " "
                        + errorText(icmp));
            }
        });
        for (int i = 0; i < count; i++) {
            int sequence = i;
            host.kernel().schedule(i * SECOND, () -> {
                sentAt[sequence] = host.kernel().now();
                plane.originate(host, source, destination, LINUX_TTL, IcmpMessage.echoRequest(identifier, sequence));
            });
        }
        // iputils waits for the last reply up to about two seconds with -c (its linger), then sums up.
        host.kernel().schedule((count - 1) * SECOND + 2 * SECOND, () -> {
            plane.unbind(host, identifier);
            lines.add("");
            lines.add("--- " + destination + " ping statistics ---");
            int received = counts[0];
            String errors = counts[1] > 0 ? ", +" + counts[1] + " errors" : "";
            long time = (count - 1) * 1000L + (count > 1 ? 1 : 0);
            lines.add(count + " packets transmitted, " + received + " received" + errors + ", "
                    + (count - received) * 100 / count + "% packet loss, time " + time + "ms");
            if (received > 0) {
                lines.add(rttSummary(rtts));
            }
            lines.add(DONE);
        });
        return null;
    }

    private static String errorText(IcmpMessage icmp) {
        if (icmp.type() == IcmpType.TIME_EXCEEDED) {
            return "Time to live exceeded";
        }
        return switch (icmp.code()) {
            case IcmpType.CODE_NET_UNREACHABLE -> "Destination Net Unreachable";
            case IcmpType.CODE_HOST_UNREACHABLE -> "Destination Host Unreachable";
            case IcmpType.CODE_PORT_UNREACHABLE -> "Destination Port Unreachable";
            case IcmpType.CODE_ADMINISTRATIVELY_PROHIBITED -> "Packet filtered";
            default -> "Dest Unreachable, Bad Code: " + icmp.code();
        };
    }

    private static String rttSummary(long[] rtts) {
        long min = Long.MAX_VALUE;
        long max = 0;
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (long rtt : rtts) {
            if (rtt > 0) {
                long micros = rtt / 1000;
                min = Math.min(min, micros);
                max = Math.max(max, micros);
                sum += micros;
                squares += (double) micros * micros;
                n++;
            }
        }
        double avg = sum / n;
        double mdev = Math.sqrt(Math.max(0, squares / n - avg * avg));
        return String.format(Locale.ROOT, "rtt min/avg/max/mdev = %.3f/%.3f/%.3f/%.3f ms", min / 1000.0, avg / 1000.0,
                max / 1000.0, mdev / 1000.0);
    }

    /** iputils' precision: three decimals under a millisecond... none from 100 ms. */
    static String millis(long nanos) {
        long micros = nanos / 1000;
        if (micros >= 100_000) {
            return Long.toString(micros / 1000);
        }
        if (micros >= 10_000) {
            return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
        }
        if (micros >= 1_000) {
            return String.format(Locale.ROOT, "%.2f", micros / 1000.0);
        }
        return String.format(Locale.ROOT, "%.3f", micros / 1000.0);
    }

    // ---- traceroute, as Linux's traceroute prints it ----

    private String startTraceroute(Router host, Ipv4Address destination) {
        if (lab.dataPlane().sourceAddress(host, destination) == null) {
            return "connect: Network is unreachable";
        }
        lines.add("traceroute to " + destination + " (" + destination + "), 30 hops max, 60 byte packets");
        TracerouteSession.start(host, destination, null, 30, 3, 5 * SECOND,
                hop -> lines.add(hopLine(hop)), hops -> lines.add(DONE));
        return null;
    }

    /** traceroute's line: " 1  A (A)  0.512 ms  0.401 ms *", the address again only when it changes. */
    private static String hopLine(TracerouteHop hop) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%2d ", hop.hop()));
        Ipv4Address shown = null;
        for (TracerouteProbe probe : hop.probes()) {
            if (probe.isTimeout()) {
                line.append(" *");
                continue;
            }
            if (!probe.responder().equals(shown)) {
                shown = probe.responder();
                line.append(' ').append(shown).append(" (").append(shown).append(')');
            }
            line.append(String.format(Locale.ROOT, "  %.3f ms", probe.rttNanos() / 1e6));
            if (!probe.annotation().isEmpty()) {
                line.append(' ').append(probe.annotation());
            }
        }
        return line.toString();
    }
}

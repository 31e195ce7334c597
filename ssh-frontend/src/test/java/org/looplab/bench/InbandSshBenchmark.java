package org.looplab.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.looplab.cli.session.CliSession;
import org.looplab.lab.ShippedLabs;
import org.looplab.router.Lab;
import org.looplab.sim.Kernel;

/**
 * In-band SSH setup between two routers five hops apart (topologies/ring10, r1 to r6's Loopback0, every
 * router with an RSA key): per login, the virtual time from {@code ssh -l admin 10.0.0.6} to the
 * {@code Password:} prompt and from the password to {@code R6#}, and the wall time the lab took to
 * simulate both lines (the kernel run as fast as possible in 10 ms virtual steps). Printed, never asserted.
 * Run it with {@code BENCHMARK=InbandSshBenchmark ssh-frontend/benchmark.sh [LOGINS]}.
 */
public final class InbandSshBenchmark {
    private InbandSshBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int logins = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Lab lab = ShippedLabs.build("ring10", "ip domain-name lab.local\ncrypto key generate rsa modulus 2048\n");
        Kernel kernel = lab.kernel();
        CliSession r1 = new CliSession(lab.router("r1"), "admin", 15, "console");
        String trace = line(kernel, r1, "traceroute 10.0.0.6").text();
        if (!trace.contains("\n  5 10.5.6.6 ")) {
            throw new IllegalStateException("r6 is not five hops from r1:\n" + trace);
        }
        List<Double> toPassword = new ArrayList<>();
        List<Double> toPrompt = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        for (int login = 0; login < logins; login++) {
            long wallStart = System.nanoTime();
            long typed = kernel.now();
            ShippedLabs.Answer asked = line(kernel, r1, "ssh -l admin 10.0.0.6");
            long passwordTyped = kernel.now();
            ShippedLabs.Answer in = line(kernel, r1, "admin");
            wall.add((System.nanoTime() - wallStart) / 1e6);
            if (!r1.prompt().equals("R6#")) {
                throw new IllegalStateException("login " + login + " ended at " + r1.prompt() + ": " + asked.text() + in.text());
            }
            toPassword.add((asked.atNanos() - typed) / 1e6);
            toPrompt.add((in.atNanos() - passwordTyped) / 1e6);
            line(kernel, r1, "exit");
        }
        System.out.printf("in-band SSH r1 -> r6, 5 hops (ring10), %d logins%n", logins);
        System.out.printf("  virtual: Password: prompt %s ms after the command, R6# %s ms after the password%n",
                summary(toPassword), summary(toPrompt));
        System.out.printf("  wall (both lines simulated): first %.2f ms, then %s ms%n", wall.get(0),
                summary(wall.subList(1, wall.size())));
    }

    private static ShippedLabs.Answer line(Kernel kernel, CliSession session, String text) {
        ShippedLabs.Answer answer = ShippedLabs.run(kernel, session, text, 120 * ShippedLabs.SECOND);
        if (answer == null) {
            throw new IllegalStateException("'" + text + "' got no answer in two virtual minutes");
        }
        return answer;
    }

    private static String summary(List<Double> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("median %.3f, p90 %.3f, p99 %.3f, max %.3f", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)), sorted.get(sorted.size() - 1));
    }
}

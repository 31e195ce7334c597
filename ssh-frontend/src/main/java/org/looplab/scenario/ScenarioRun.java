package org.looplab.scenario;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.console.LabConsole;
import org.looplab.dataplane.PingSession;
import org.looplab.lab.Convergence;
import org.looplab.lab.RoutingActivity;
import org.looplab.log.LogMessage;
import org.looplab.net.Ipv4Address;
import org.looplab.ping.PingResult;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.routing.Route;
import org.looplab.sim.Kernel;

/**
 * Runs a {@link Scenario} against a lab whose clock nobody else drives (no real-time thread): the clock
 * jumps from event to event up to each step's time, console commands run as typed at the console,
 * expectations are checked on the kernel thread. Prints one report line a step and a summary; the
 * result says whether every expectation held.
 */
public final class ScenarioRun {
    /** Virtual time a ping may take before the run stops waiting for it (five echoes time out in 10 s). */
    private static final long PING_CAP_NANOS = 120 * Convergence.SECOND;
    private static final long PING_STEP_NANOS = 100_000_000L;
    /** Console answers that mean the command did nothing. */
    private static final List<String> REFUSALS = List.of("usage:", "no router", "no link", "error:", "unknown command", "'");

    private final Lab lab;
    private final Kernel kernel;
    private final RoutingActivity activity;
    private final PrintStream out;
    private final ByteArrayOutputStream consoleOutput = new ByteArrayOutputStream();
    private final LabConsole console;
    private final Map<String, List<LogMessage>> logged = new HashMap<>();
    private long start;

    /** Outcome of a run: how many expectations held and failed, and the virtual time it covered. */
    public record Result(int passed, int failed, long virtualNanos) {
        public boolean succeeded() {
            return failed == 0;
        }
    }

    public ScenarioRun(Lab lab, RoutingActivity activity, PrintStream out) {
        this(lab, activity, null, out);
    }

    /** A run on a started lab: console actions go into its timeline. */
    public ScenarioRun(org.looplab.lab.RunningLab running, PrintStream out) {
        this(running.lab(), running.activity(), running.timeline(), out);
    }

    private ScenarioRun(Lab lab, RoutingActivity activity, org.looplab.lab.Timeline timeline, PrintStream out) {
        this.lab = lab;
        this.kernel = lab.kernel();
        this.activity = activity;
        this.out = out;
        this.console = new LabConsole(lab, List.of(), new PrintStream(consoleOutput, true, StandardCharsets.UTF_8));
        if (timeline != null) {
            console.useTimeline(timeline, activity);
        }
    }

    public Result run(Scenario scenario) {
        long wallStart = System.nanoTime();
        start = kernel.now();
        kernel.call(() -> {
            for (Router router : lab.routers()) {
                List<LogMessage> messages = new ArrayList<>();
                logged.put(router.name(), messages);
                router.log().addListener(messages::add);
            }
            return null;
        });
        out.println("scenario " + scenario.file() + ": " + scenario.steps().size() + " steps, time 0 is "
                + Convergence.clock(start) + " virtual");
        int passed = 0;
        int failed = 0;
        for (ScenarioStep step : scenario.steps()) {
            String late = null;
            if (step.atNanos() != null) {
                long target = start + step.atNanos();
                if (target < kernel.now()) {
                    late = "late: the clock was already at " + relative(kernel.now())
                            + " (a wait before it ran longer); it ran then";
                } else {
                    kernel.runUntil(target);
                }
            }
            Outcome outcome = execute(step.command());
            if (late != null) {
                outcome = Outcome.fail(late + (outcome.detail().isEmpty() ? "" : "\n" + outcome.detail()));
            }
            report(step, outcome.verdict(), outcome.detail());
            if (outcome.verdict().equals("FAIL")) {
                failed++;
            } else if (outcome.verdict().equals("ok")) {
                passed++;
            }
        }
        long covered = kernel.now() - start;
        out.printf(Locale.ROOT, "scenario %s: %d expectations held, %d failed; %s of virtual time in %.1f s%n",
                failed == 0 ? "passed" : "FAILED", passed, failed, relative(kernel.now()),
                (System.nanoTime() - wallStart) / 1e9);
        out.flush();
        return new Result(passed, failed, covered);
    }

    private record Outcome(String verdict, String detail) {
        static Outcome ok(String detail) {
            return new Outcome("ok", detail);
        }

        static Outcome fail(String detail) {
            return new Outcome("FAIL", detail);
        }

        static Outcome done(String detail) {
            return new Outcome("done", detail);
        }
    }

    private void report(ScenarioStep step, String verdict, String detail) {
        out.printf(Locale.ROOT, "%s  %-4s  line %d: %s%s%n", relative(kernel.now()), verdict, step.line(), step.text(),
                detail == null || detail.isEmpty() ? "" : "\n" + indent(detail));
        out.flush();
    }

    private static String indent(String text) {
        return text.strip().lines().map(line -> "                        " + line)
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** Scenario time as {@code +hh:mm:ss.mmm}. */
    private String relative(long nanos) {
        long millis = (nanos - start) / 1_000_000;
        return String.format(Locale.ROOT, "+%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }

    private Outcome execute(ScenarioStep.Command command) {
        if (command instanceof ScenarioStep.ConsoleAction action) {
            return consoleAction(action.line());
        }
        if (command instanceof ScenarioStep.Wait wait) {
            kernel.runUntil(kernel.now() + wait.nanos());
            return Outcome.done("");
        }
        if (command instanceof ScenarioStep.WaitConverged) {
            return waitConverged();
        }
        return check((ScenarioStep.Expectation) command);
    }

    private Outcome consoleAction(String line) {
        consoleOutput.reset();
        console.execute(line);
        String answer = consoleOutput.toString(StandardCharsets.UTF_8).strip();
        for (String refusal : REFUSALS) {
            if (answer.startsWith(refusal)) {
                return Outcome.fail(answer);
            }
        }
        return Outcome.done(answer);
    }

    private Outcome waitConverged() {
        Convergence.Result result = Convergence.runUntilQuiet(kernel, activity, Convergence.DEFAULT_QUIET_NANOS,
                Convergence.DEFAULT_CAP_NANOS, progress -> { });
        long changeAt = result.lastChange();
        String detail = "last routing change at " + relative(changeAt) + " ("
                + kernel.call(activity::lastRouter) + "), quiet since for " + (result.stoppedAt() - changeAt) / Convergence.SECOND + " s";
        return result.converged() ? Outcome.done(detail) : Outcome.fail("routing still changing after "
                + Convergence.DEFAULT_CAP_NANOS / Convergence.SECOND / 60 + " virtual minutes; " + detail);
    }

    private Outcome check(ScenarioStep.Expectation expectation) {
        if (expectation instanceof ScenarioStep.PingResultIs ping) {
            return ping(ping);
        }
        return kernel.call(() -> {
            Router router = lab.router(expectation.router());
            if (router == null) {
                return Outcome.fail("no router " + expectation.router());
            }
            if (expectation instanceof ScenarioStep.BgpNeighborState bgp) {
                return bgpNeighbor(router, bgp);
            }
            if (expectation instanceof ScenarioStep.RouteVia route) {
                return route(router, route);
            }
            if (expectation instanceof ScenarioStep.NoRoute none) {
                return noRoute(router, none);
            }
            return log(router, (ScenarioStep.LogContains) expectation);
        });
    }

    private static Outcome bgpNeighbor(Router router, ScenarioStep.BgpNeighborState expected) {
        Bgp bgp = router.attachmentIfPresent(Bgp.class);
        BgpNeighbor neighbor = bgp == null || bgp.speaker() == null ? null : bgp.speaker().neighbor(expected.neighbor());
        if (neighbor == null) {
            return Outcome.fail(router.name() + " has no BGP neighbor " + expected.neighbor());
        }
        String state = neighbor.state().text();
        if (state.equalsIgnoreCase(expected.state()) || neighbor.stateText().equalsIgnoreCase(expected.state())) {
            return Outcome.ok("");
        }
        return Outcome.fail("neighbor " + expected.neighbor() + " is " + neighbor.stateText());
    }

    private static Outcome route(Router router, ScenarioStep.RouteVia expected) {
        List<Route> paths = router.rib().paths(expected.prefix());
        if (paths.isEmpty()) {
            return Outcome.fail(router.name() + " has no route to " + prefixText(expected));
        }
        if (expected.via() == null) {
            return Outcome.ok("");
        }
        Ipv4Address address = Ipv4Address.parse(expected.via());
        InterfaceName port = address == null ? InterfaceName.parse(expected.via()) : null;
        for (Route path : paths) {
            if (address != null ? address.equals(path.nextHop()) : port.equals(path.outgoing())) {
                return Outcome.ok("");
            }
        }
        return Outcome.fail(router.name() + " has " + prefixText(expected) + " " + describe(paths));
    }

    private static String prefixText(ScenarioStep.RouteVia route) {
        return route.prefix().network() + "/" + route.prefix().length();
    }

    private static String describe(List<Route> paths) {
        List<String> parts = new ArrayList<>();
        for (Route path : paths) {
            StringBuilder text = new StringBuilder(path.source().code().strip());
            if (path.nextHop() != null) {
                text.append(" via ").append(path.nextHop());
            }
            if (path.outgoing() != null) {
                text.append(path.nextHop() != null ? ", " : " ").append(path.outgoing().shortName());
            }
            parts.add(text.toString());
        }
        return String.join("; ", parts);
    }

    private static Outcome noRoute(Router router, ScenarioStep.NoRoute expected) {
        List<Route> paths = router.rib().paths(expected.prefix());
        return paths.isEmpty() ? Outcome.ok("") : Outcome.fail(router.name() + " has "
                + expected.prefix().network() + "/" + expected.prefix().length() + " " + describe(paths));
    }

    private Outcome log(Router router, ScenarioStep.LogContains expected) {
        for (LogMessage message : logged.getOrDefault(router.name(), List.of())) {
            if (message.text().contains(expected.text())) {
                String found = relative(message.timeNanos()) + " " + message.text();
                return expected.present() ? Outcome.ok(found) : Outcome.fail(found);
            }
        }
        return expected.present() ? Outcome.fail("no message since the scenario began contains it") : Outcome.ok("");
    }

    /** Sends IOS's five echoes and runs the clock until they end; held when any reply came (or none, for fail). */
    private Outcome ping(ScenarioStep.PingResultIs expected) {
        PingResult[] done = new PingResult[1];
        String refused = kernel.call(() -> {
            Router router = lab.router(expected.router());
            Ipv4Address source = null;
            if (expected.source() != null) {
                source = Ipv4Address.parse(expected.source());
                if (source == null) {
                    Interface named = router.interfaceNamed(InterfaceName.parse(expected.source()));
                    if (named == null || named.address() == null) {
                        return router.name() + " has no address on " + expected.source();
                    }
                    source = named.address().address();
                }
                String invalid = PingSession.checkSource(router, source);
                if (invalid != null) {
                    return invalid;
                }
            }
            PingSession.start(router, expected.destination(), source, PingSession.DEFAULT_REPEAT,
                    PingSession.DEFAULT_TIMEOUT_NANOS, result -> done[0] = result);
            return null;
        });
        if (refused != null) {
            return Outcome.fail(refused);
        }
        long deadline = kernel.now() + PING_CAP_NANOS;
        while (kernel.call(() -> done[0]) == null && kernel.now() < deadline) {
            kernel.runUntil(kernel.now() + PING_STEP_NANOS);
        }
        PingResult result = done[0];
        if (result == null) {
            return Outcome.fail("the ping did not end within " + PING_CAP_NANOS / Convergence.SECOND + " s");
        }
        String detail = result.marks() + "  Success rate is " + result.successPercent() + " percent ("
                + result.received() + "/" + result.sent() + ")";
        boolean held = expected.success() == (result.received() > 0);
        return held ? Outcome.ok(detail) : Outcome.fail(detail);
    }
}

package org.looplab.scenario;

import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/**
 * One line of a scenario file: when it runs ({@code at 120s}, or null for "when the line before is
 * done"), what it does, and where it came from (for the report).
 */
public record ScenarioStep(int line, String text, Long atNanos, Command command) {

    /** What a step does. */
    public sealed interface Command permits ConsoleAction, Wait, WaitConverged, Expectation {
    }

    /** A lab console command ({@code link r1:Gi0/0 down}, {@code router r2 crash}). */
    public record ConsoleAction(String line) implements Command {
    }

    /** {@code wait 30s}: lets that much virtual time pass. */
    public record Wait(long nanos) implements Command {
    }

    /** {@code wait converged}: runs until routing has been quiet for the settling period. */
    public record WaitConverged() implements Command {
    }

    /** An {@code expect ...} line: a check on one router at the current virtual time. */
    public sealed interface Expectation extends Command permits BgpNeighborState, RouteVia, NoRoute, PingResultIs,
            LogContains {
        String router();
    }

    /** {@code expect r1 bgp neighbor 10.0.0.2 Established}. */
    public record BgpNeighborState(String router, Ipv4Address neighbor, String state) implements Expectation {
    }

    /** {@code expect r3 route 10.0.0.1/32 [via 10.0.23.2 | via Gi0/1]}; {@code via} null: any path. */
    public record RouteVia(String router, Ipv4Prefix prefix, String via) implements Expectation {
    }

    /** {@code expect r3 no route 10.0.0.1/32}. */
    public record NoRoute(String router, Ipv4Prefix prefix) implements Expectation {
    }

    /** {@code expect r1 ping 10.0.0.3 [source Loopback0|A.B.C.D] success|fail}. */
    public record PingResultIs(String router, Ipv4Address destination, String source, boolean success)
            implements Expectation {
    }

    /**
     * {@code expect r1 log %BGP-5-ADJCHANGE}: a message logged since the scenario began contains the text;
     * {@code expect r1 no log TEXT}: none does.
     */
    public record LogContains(String router, String text, boolean present) implements Expectation {
    }
}

package org.looplab.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyEndpoint;
import org.looplab.topology.TopologyLink;
import org.looplab.topology.TopologyNode;

/**
 * A scenario file: timed lab console commands and expectations, one a line, run on the virtual clock
 * ({@link ScenarioRun}). Times count from scenario time 0, the moment the lab has converged at start.
 *
 * <pre>
 * # comments and blank lines are skipped
 * expect r1 bgp neighbor 10.0.0.2 Established
 * at 120s link r1:Gi0/0 down          # at TIME: the clock runs to TIME first (1h, 2m, 30s, 1m30s, 250ms)
 * wait converged                      # until routing is quiet for 60 s of virtual time
 * wait 30s
 * expect r3 route 10.0.0.1/32 via 10.0.13.1
 * expect r3 no route 10.0.12.0/24
 * expect r1 ping 10.0.0.3 source Loopback0 success
 * expect r1 log %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to down
 * expect r1 no log %BGP-5-ADJCHANGE
 * </pre>
 *
 * Every line is checked against the topology before anything starts: each bad line is reported with the
 * file, the line and the reason.
 */
public record Scenario(Path file, List<ScenarioStep> steps) {
    private static final Pattern TIME_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");
    private static final Set<String> LINK_ACTIONS = Set.of("down", "up", "flap", "delay", "loss", "blackhole", "oneway");
    private static final Set<String> ROUTER_ACTIONS = Set.of("crash", "boot", "reload");

    public static Scenario load(Path file, Topology topology) throws ScenarioException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(List.of(file + ": cannot read the scenario (" + e.getMessage() + ")"));
        }
        return parse(file, lines, topology);
    }

    public static Scenario parse(Path file, List<String> lines, Topology topology) throws ScenarioException {
        List<ScenarioStep> steps = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> routers = new HashSet<>();
        topology.nodes().stream().map(TopologyNode::name).forEach(routers::add);
        for (int i = 0; i < lines.size(); i++) {
            String text = stripComment(lines.get(i)).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                steps.add(parseLine(i + 1, text, topology, routers));
            } catch (IllegalArgumentException bad) {
                errors.add(file + ":" + (i + 1) + ": " + bad.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        return new Scenario(file, List.copyOf(steps));
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        // '#' starts a comment at the start of a line or after a blank; a log text may hold one.
        while (hash > 0 && !Character.isWhitespace(line.charAt(hash - 1))) {
            hash = line.indexOf('#', hash + 1);
        }
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static ScenarioStep parseLine(int number, String text, Topology topology, Set<String> routers) {
        String[] words = text.split("\\s+");
        Long at = null;
        String rest = text;
        if (words[0].equalsIgnoreCase("at")) {
            if (words.length < 3) {
                throw new IllegalArgumentException("'at' needs a time and a command (for example at 120s link r1:Gi0/0 down)");
            }
            at = duration(words[1]);
            rest = text.substring(text.indexOf(words[1]) + words[1].length()).strip();
            words = rest.split("\\s+");
        }
        String head = words[0].toLowerCase(Locale.ROOT);
        ScenarioStep.Command command = switch (head) {
            case "wait" -> parseWait(words);
            case "expect" -> parseExpect(words, rest, routers);
            case "link" -> checkLink(words, topology, rest);
            case "router" -> checkRouter(words, routers, rest);
            default -> throw new IllegalArgumentException("unknown command '" + words[0]
                    + "' (a scenario line is at TIME COMMAND, link ..., router ..., wait ..., or expect ...)");
        };
        return new ScenarioStep(number, text, at, command);
    }

    private static ScenarioStep.Command parseWait(String[] words) {
        if (words.length == 2 && words[1].equalsIgnoreCase("converged")) {
            return new ScenarioStep.WaitConverged();
        }
        if (words.length == 2) {
            return new ScenarioStep.Wait(duration(words[1]));
        }
        throw new IllegalArgumentException("usage: wait converged | wait TIME (for example wait 30s)");
    }

    private static ScenarioStep.Command checkLink(String[] words, Topology topology, String line) {
        if (words.length < 3 || !LINK_ACTIONS.contains(words[2].toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("usage: link ROUTER:INTERFACE down|up|flap N|delay MS [jitter MS]|loss PCT|blackhole|oneway down|up");
        }
        String endpoint = words[1];
        int colon = endpoint.indexOf(':');
        InterfaceName port = colon > 0 ? InterfaceName.parse(endpoint.substring(colon + 1)) : null;
        if (port == null) {
            throw new IllegalArgumentException("'" + endpoint + "' is not ROUTER:INTERFACE (for example r1:Gi0/0)");
        }
        String router = endpoint.substring(0, colon);
        if (topology.nodes().stream().noneMatch(node -> node.name().equals(router))) {
            throw new IllegalArgumentException("no router " + router + " in " + topology.name());
        }
        for (TopologyLink link : topology.links()) {
            for (TopologyEndpoint end : List.of(link.a(), link.b())) {
                if (end.node().equals(router) && end.port().equals(port)) {
                    return new ScenarioStep.ConsoleAction(line);
                }
            }
        }
        throw new IllegalArgumentException("no link at " + router + ":" + port.shortName() + " in " + topology.name());
    }

    private static ScenarioStep.Command checkRouter(String[] words, Set<String> routers, String line) {
        if (words.length != 3 || !ROUTER_ACTIONS.contains(words[2].toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("usage: router ROUTER " + String.join("|", ROUTER_ACTIONS.stream().sorted().toList()));
        }
        knownRouter(words[1], routers);
        return new ScenarioStep.ConsoleAction(line);
    }

    private static String knownRouter(String name, Set<String> routers) {
        if (!routers.contains(name)) {
            throw new IllegalArgumentException("no router " + name + " (the topology has "
                    + String.join(", ", routers.stream().sorted().toList()) + ")");
        }
        return name;
    }

    private static final String EXPECT_USAGE = "usage: expect ROUTER bgp neighbor A.B.C.D STATE | route A.B.C.D/LEN [via A.B.C.D|INTERFACE]"
            + " | no route A.B.C.D/LEN | ping A.B.C.D [source INTERFACE|A.B.C.D] success|fail | [no] log TEXT";

    private static ScenarioStep.Command parseExpect(String[] words, String line, Set<String> routers) {
        if (words.length < 3) {
            throw new IllegalArgumentException(EXPECT_USAGE);
        }
        String router = knownRouter(words[1], routers);
        String what = words[2].toLowerCase(Locale.ROOT);
        switch (what) {
            case "bgp" -> {
                if (words.length != 6 || !words[3].equalsIgnoreCase("neighbor")) {
                    throw new IllegalArgumentException("usage: expect ROUTER bgp neighbor A.B.C.D STATE (Established, Idle, Active...)");
                }
                return new ScenarioStep.BgpNeighborState(router, address(words[4]), words[5]);
            }
            case "route" -> {
                if (words.length == 4) {
                    return new ScenarioStep.RouteVia(router, prefix(words[3]), null);
                }
                if (words.length == 6 && words[4].equalsIgnoreCase("via")) {
                    if (Ipv4Address.parse(words[5]) == null && InterfaceName.parse(words[5]) == null) {
                        throw new IllegalArgumentException("'" + words[5] + "' is neither an address nor an interface");
                    }
                    return new ScenarioStep.RouteVia(router, prefix(words[3]), words[5]);
                }
                throw new IllegalArgumentException("usage: expect ROUTER route A.B.C.D/LEN [via A.B.C.D|INTERFACE]");
            }
            case "no" -> {
                if (words.length >= 5 && words[3].equalsIgnoreCase("log")) {
                    return new ScenarioStep.LogContains(router, textAfter(line, " log "), false);
                }
                if (words.length != 5 || !words[3].equalsIgnoreCase("route")) {
                    throw new IllegalArgumentException("usage: expect ROUTER no route A.B.C.D/LEN | no log TEXT");
                }
                return new ScenarioStep.NoRoute(router, prefix(words[4]));
            }
            case "ping" -> {
                String outcome = words[words.length - 1].toLowerCase(Locale.ROOT);
                boolean shape = (words.length == 5 || (words.length == 7 && words[4].equalsIgnoreCase("source")))
                        && (outcome.equals("success") || outcome.equals("fail"));
                if (!shape) {
                    throw new IllegalArgumentException("usage: expect ROUTER ping A.B.C.D [source INTERFACE|A.B.C.D] success|fail");
                }
                String source = words.length == 7 ? words[5] : null;
                if (source != null && Ipv4Address.parse(source) == null && InterfaceName.parse(source) == null) {
                    throw new IllegalArgumentException("'" + source + "' is neither an address nor an interface");
                }
                return new ScenarioStep.PingResultIs(router, address(words[3]), source, outcome.equals("success"));
            }
            case "log" -> {
                if (words.length < 4) {
                    throw new IllegalArgumentException("usage: expect ROUTER log TEXT (a message since the scenario began contains TEXT)");
                }
                return new ScenarioStep.LogContains(router, textAfter(line, " log "), true);
            }
            default -> throw new IllegalArgumentException(EXPECT_USAGE);
        }
    }

    private static String textAfter(String line, String word) {
        return line.substring(line.toLowerCase(Locale.ROOT).indexOf(word) + word.length()).strip();
    }

    private static Ipv4Address address(String text) {
        Ipv4Address address = Ipv4Address.parse(text);
        if (address == null) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
        }
        return address;
    }

    private static Ipv4Prefix prefix(String text) {
        int slash = text.indexOf('/');
        Ipv4Address network = slash > 0 ? Ipv4Address.parse(text.substring(0, slash)) : null;
        int length = -1;
        if (network != null) {
            try {
                length = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                length = -1;
            }
        }
        if (network == null || length < 0 || length > 32) {
            throw new IllegalArgumentException("'" + text + "' is not a prefix A.B.C.D/LEN");
        }
        try {
            return new Ipv4Prefix(network, length);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' has host bits set (did you mean "
                    + Ipv4Prefix.containing(network, length).network() + "/" + length + "?)");
        }
    }

    /** {@code 120s}, {@code 2m}, {@code 1m30s}, {@code 1h}, {@code 250ms}, {@code 1.5s} as nanoseconds. */
    public static long duration(String text) {
        Matcher part = TIME_PART.matcher(text.toLowerCase(Locale.ROOT));
        int position = 0;
        BigDecimal nanos = BigDecimal.ZERO;
        while (part.find() && part.start() == position) {
            BigDecimal value = new BigDecimal(part.group(1));
            long unit = switch (part.group(2)) {
                case "h" -> 3_600_000_000_000L;
                case "m" -> 60_000_000_000L;
                case "s" -> 1_000_000_000L;
                default -> 1_000_000L;
            };
            nanos = nanos.add(value.multiply(BigDecimal.valueOf(unit)));
            position = part.end();
        }
        if (position == 0 || position != text.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a time (for example 120s, 2m, 1m30s, 250ms)");
        }
        return nanos.longValue();
    }
}

package org.looplab.console;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.ssh.RouterEndpoint;

/**
 * The lab console's commands: {@code routers}, {@code links}, {@code link r1:Gi0/0 down|up|delay MS},
 * {@code attach ROUTER} (the router's CLI until {@code exit} or Ctrl-]), {@code clock},
 * {@code clock speed FACTOR} (also {@code speed [FACTOR]}), {@code help}, {@code quit}. Reading lines is someone else's job
 * ({@link ConsoleInput}); this class runs one line and prints the answer. Lab state is read and changed
 * on the kernel thread only.
 */
public final class LabConsole {
    private final Lab lab;
    private final List<RouterEndpoint> endpoints;
    private final PrintStream out;
    /** {@code events} and {@code converged}, once the lab's timeline is known. */
    private TimelineCommands timeline;
    private org.looplab.lab.Timeline actions;

    /** The router CLI opened by {@code attach}, or null at the lab console. */
    private AttachedSession attached;

    public LabConsole(Lab lab, List<RouterEndpoint> endpoints, PrintStream out) {
        this.lab = lab;
        this.endpoints = List.copyOf(endpoints);
        this.out = out;
    }

    /** Records console actions in the lab's timeline and answers {@code events} and {@code converged}. */
    public void useTimeline(org.looplab.lab.Timeline labTimeline, org.looplab.lab.RoutingActivity activity) {
        actions = labTimeline;
        timeline = new TimelineCommands(lab, labTimeline, activity, out);
    }

    String labName() {
        return lab.name();
    }

    /** The prompt for the next line: the lab console's, or the attached router's ({@code R1#}). */
    public String prompt() {
        return attached != null ? attached.prompt() : ConsoleInput.PROMPT;
    }

    /** True when the next line is a password that must not be echoed (an attached router asks). */
    public boolean isSecretPrompt() {
        return attached != null && attached.isSecretPrompt();
    }

    /**
     * Reads and runs lines until {@code quit} (true) or the end of the input (false), each after its
     * prompt (the attached router's while one is).
     */
    public boolean runAll(ConsoleInput input) throws java.io.IOException {
        String line;
        while ((line = input.readLine(prompt(), isSecretPrompt())) != null) {
            if (!execute(line)) {
                return true;
            }
        }
        return false;
    }

    /** Ends what outlives a line: {@code events follow}. */
    public void close() {
        if (timeline != null) {
            timeline.stopFollowing();
        }
    }

    /** Runs one console line; returns false when the console should stop ({@code quit}). */
    public boolean execute(String line) {
        if (attached != null) {
            typeToRouter(line);
            out.flush();
            return true;
        }
        String[] words = line.trim().split("\\s+");
        String command = words[0].toLowerCase(Locale.ROOT);
        if (actions != null && (command.equals("link") || command.equals("router"))) {
            actions.consoleAction(line);
        }
        try {
            switch (command) {
                case "" -> { }
                case "routers" -> printRouters();
                case "links" -> printLinks();
                case "link" -> changeLink(words);
                case "attach" -> attach(words);
                case "router" -> changeRouter(words);
                case "host" -> new HostProbes(lab, out).run(words);
                case "speed" -> speed(words);
                case "clock" -> clock(words);
                case "events" -> withTimeline(() -> timeline.events(words));
                case "converged" -> withTimeline(() -> timeline.converged());
                case "graph" -> graph(words);
                case "save" -> {
                    if (words.length == 1) {
                        SaveAll.run(lab).forEach(out::println);
                    } else {
                        out.println("usage: save   (write memory on every router)");
                    }
                }
                case "help", "?" -> printHelp();
                case "quit", "exit" -> {
                    return false;
                }
                default -> out.println("unknown command '" + words[0] + "'; type help");
            }
        } catch (NumberFormatException e) {
            out.println("error: not a number; type help");
        } catch (IllegalArgumentException e) {
            out.println("error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")); // our own words
        } catch (RuntimeException e) {
            // A bug: the details go to errors.log, the console gets one line without Java's words.
            org.looplab.sim.InternalErrors.report("in the console command '" + command + "'", e);
        }
        out.flush();
        return true;
    }

    /** {@code graph [FILE]}: the lab as Graphviz DOT, printed or written (SVG through Graphviz's dot for *.svg). */
    private void graph(String[] words) {
        if (words.length > 2) {
            out.println("usage: graph [FILE]   (DOT; a FILE ending in .svg is drawn by Graphviz's dot when it is installed)");
            return;
        }
        String dot = lab.kernel().call(() -> TopologyGraph.dot(lab));
        if (words.length == 1) {
            out.print(dot);
            return;
        }
        out.println(GraphFile.write(java.nio.file.Path.of(words[1]), dot));
    }

    private void withTimeline(Runnable command) {
        if (timeline == null) {
            out.println("this console has no timeline");
        } else {
            command.run();
        }
    }

    private void printHelp() {
        out.println("routers                    list routers: name, hostname, SSH endpoint");
        out.println("links                      list links with both ends and their state");
        out.println("link R:INTERFACE down|up   pull or plug the cable at that interface (either end)");
        out.println("link R:INTERFACE delay MS [jitter MS]  one-way delay of that link in milliseconds, each frame");
        out.println("                           taking up to the jitter more or less (seeded: runs repeat)");
        out.println("link R:INTERFACE flap N    pull the cable for a second and plug it back, N times");
        out.println("link R:INTERFACE loss PCT  lose that share of frames each way (0: none)");
        out.println("link R:INTERFACE blackhole carrier stays up, every frame is lost (dead and hold timers notice)");
        out.println("link R:INTERFACE oneway down|up  lose (or stop losing) the frames that interface sends");
        out.println("                           (link ... up plugs the cable back and clears every impairment)");
        out.println("router R crash|boot        cut the router's power (its links lose carrier) or bring it back");
        out.println("host H ping|traceroute A  ping (-c N) or traceroute from a linux host, as Linux prints it");
        out.println("router R reload            reboot it from its startup-config (%SYS-5-RELOAD, back after 30 s)");
        out.println("events [ROUTER] [since TIME] the lab's timeline: log messages and console actions (TIME: 00:02:00 or 120s)");
        out.println("events follow [ROUTER]|off  print events as they happen (off stops)");
        out.println("converged                  per router, its last routing change after the last console action");
        out.println("save                       write memory on every router (each [OK] once on disk)");
        out.println("graph [FILE]               the lab as Graphviz DOT with link states (FILE.svg: drawn by dot if installed)");
        out.println("attach ROUTER              open the router's CLI here (console line, privilege 15); exit or Ctrl-] returns");
        out.println("clock                      show virtual time and how fast it runs");
        out.println("clock speed FACTOR         run virtual time FACTOR times the wall clock (60: a minute a second)");
        out.println("speed [FACTOR]             the same as clock / clock speed FACTOR");
        out.println("help                       this list");
        out.println("quit                       stop the lab (saved configs stay)");
    }

    private void attach(String[] words) {
        if (words.length != 2) {
            out.println("usage: attach ROUTER   (for example attach r1; exit or Ctrl-] comes back)");
            return;
        }
        AttachedSession session = lab.kernel().call(() -> {
            Router router = lab.router(words[1]);
            return router == null ? null : AttachedSession.open(router);
        });
        if (session == null) {
            out.println("no router " + words[1]);
            return;
        }
        attached = session;
        out.println("attached to " + session.router().name() + " (console line); exit or Ctrl-] returns to the lab console");
        if (!session.hasExec()) {
            out.println("(its line con 0 has no exec: no EXEC starts there and nothing answers; Ctrl-] returns)");
        }
        out.println();
    }

    private void typeToRouter(String line) {
        int escape = line.indexOf(AttachedSession.ESCAPE);
        if (escape >= 0) {
            if (escape > 0) {
                print(attached.type(line.substring(0, escape)));
            }
            detach();
            return;
        }
        try {
            print(attached.type(line));
        } catch (RuntimeException failure) {
            out.println("% Internal error, command not completed");
        }
        if (attached.isClosed()) {
            detach();
        }
    }

    private void print(String text) {
        out.print(text);
    }

    private void detach() {
        out.println();
        out.println("back at the lab console (left " + attached.router().name() + ")");
        attached = null;
    }

    private void printRouters() {
        Kernel kernel = lab.kernel();
        out.printf("%-10s %-16s %s%n", "NAME", "HOSTNAME", "SSH");
        for (RouterEndpoint endpoint : endpoints) {
            Router router = endpoint.router();
            String hostname = kernel.call(router::hostname);
            out.printf("%-10s %-16s %s%n", router.name(), hostname, endpoint);
        }
    }

    private void printLinks() {
        List<String> rows = lab.kernel().call(() -> lab.links().stream().map(LabConsole::describe).toList());
        if (rows.isEmpty()) {
            out.println("no links");
        }
        rows.forEach(out::println);
    }

    private static String describe(Link link) {
        return String.format("%-14s <-> %-14s %-9s (%s %s, %s %s)%s", end(link.a()), end(link.b()),
                link.isConnected() ? "connected" : "pulled",
                end(link.a()), state(link.a()), end(link.b()), state(link.b()), impairments(link));
    }

    private static String impairments(Link link) {
        StringBuilder text = new StringBuilder();
        if (link.isBlackholed()) {
            text.append(" blackhole");
        }
        if (link.oneWayDownFrom() != null) {
            text.append(" oneway down from ").append(end(link.oneWayDownFrom()));
        }
        if (link.lossPercent() > 0) {
            text.append(" loss ").append(BigDecimal.valueOf(link.lossPercent()).stripTrailingZeros().toPlainString())
                    .append('%');
        }
        return text.isEmpty() ? "" : " impaired:" + text;
    }

    private static String end(Interface end) {
        return end.router().name() + ":" + end.name().shortName();
    }

    private static String state(Interface end) {
        return end.isProtocolUp() ? "up" : "down";
    }

    private static final String LINK_USAGE = "usage: link ROUTER:INTERFACE down|up|flap N|delay MS [jitter MS]|loss PCT|blackhole|oneway down|oneway up"
            + "   (for example link r1:Gi0/0 down)";

    private void changeLink(String[] words) {
        if ((words.length == 4 || words.length == 6) && words[2].equalsIgnoreCase("delay")) {
            if (words.length == 6 && !words[4].equalsIgnoreCase("jitter")) {
                out.println("usage: link ROUTER:INTERFACE delay MS [jitter MS]   (for example link r1:Gi0/0 delay 20 jitter 5)");
                return;
            }
            changeDelay(words[1], words[3], words.length == 6 ? words[5] : "0");
            return;
        }
        String action = words.length >= 3 ? words[2].toLowerCase(Locale.ROOT) : "";
        String argument = words.length == 4 ? words[3].toLowerCase(Locale.ROOT) : null;
        boolean known = switch (action) {
            case "down", "up", "blackhole" -> words.length == 3;
            case "flap", "loss" -> words.length == 4;
            case "oneway" -> words.length == 4 && (argument.equals("down") || argument.equals("up"));
            default -> false;
        };
        if (!known) {
            out.println(LINK_USAGE);
            return;
        }
        double number = 0;
        if (action.equals("flap") || action.equals("loss")) {
            try {
                number = Double.parseDouble(argument);
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (action.equals("flap") && (number < 1 || number > 1000 || number != Math.rint(number))) {
                out.println("usage: link ROUTER:INTERFACE flap N   (N times down for a second and up again, 1 to 1000)");
                return;
            }
            if (action.equals("loss") && !(number >= 0 && number <= 100)) {
                out.println("usage: link ROUTER:INTERFACE loss PCT   (share of frames lost each way, 0 to 100; 0 repairs)");
                return;
            }
        }
        String endpoint = words[1];
        int colon = endpoint.indexOf(':');
        InterfaceName port = colon > 0 ? InterfaceName.parse(endpoint.substring(colon + 1)) : null;
        if (port == null) {
            out.println("'" + endpoint + "' is not ROUTER:INTERFACE (for example r1:Gi0/0)");
            return;
        }
        String routerName = endpoint.substring(0, colon);
        double value = number;
        String answer = lab.kernel().call(() -> {
            if (lab.router(routerName) == null) {
                return "no router " + routerName;
            }
            Link link = lab.linkAt(routerName, port);
            if (link == null) {
                return "no link at " + routerName + ":" + port.shortName();
            }
            Interface named = lab.router(routerName).interfaceNamed(port);
            switch (action) {
                case "down" -> lab.setConnected(link, false);
                case "up" -> {
                    link.clearImpairments();
                    lab.setConnected(link, true);
                }
                case "flap" -> flap(link, (int) value);
                case "loss" -> link.setLossPercent(value);
                case "blackhole" -> link.setBlackholed(true);
                case "oneway" -> link.setOneWayDownFrom(argument.equals("down") ? named : null);
                default -> throw new IllegalStateException(action);
            }
            return describe(link);
        });
        out.println(answer);
    }

    /** Pulls the cable for a second of virtual time and plugs it back, {@code times} times in a row. */
    private void flap(Link link, int times) {
        long second = 1_000_000_000L;
        for (int i = 0; i < times; i++) {
            lab.kernel().schedule(2 * i * second, () -> lab.setConnected(link, false));
            lab.kernel().schedule((2 * i + 1) * second, () -> lab.setConnected(link, true));
        }
    }

    /** {@code router R crash}: a power cut; {@code router R boot}: power back. */
    private void changeRouter(String[] words) {
        if (words.length == 3 && words[2].equalsIgnoreCase("reload")) {
            reload(words[1]);
            return;
        }
        if (words.length != 3 || !(words[2].equalsIgnoreCase("crash") || words[2].equalsIgnoreCase("boot"))) {
            out.println("usage: router ROUTER crash|boot|reload   (crash cuts its power: links lose carrier; boot brings it back;"
                    + " reload reboots it from its startup-config)");
            return;
        }
        boolean on = words[2].equalsIgnoreCase("boot");
        String answer = lab.kernel().call(() -> {
            Router router = lab.router(words[1]);
            if (router == null) {
                return "no router " + words[1];
            }
            router.setPoweredOn(on);
            return router.name() + (on ? " powered on" : " crashed (no power)");
        });
        out.println(answer);
    }

    private void reload(String name) {
        String answer = lab.kernel().call(() -> {
            Router router = lab.router(name);
            if (router == null) {
                return "no router " + name;
            }
            if (!router.isPoweredOn()) {
                return router.name() + " has no power: router " + router.name() + " boot first";
            }
            String startup = org.looplab.cli.config.RouterReload.bootConfig(router);
            org.looplab.cli.config.RouterReload.reload(router, startup, "console");
            return router.name() + " reloading: back in " + org.looplab.cli.config.RouterReload.BOOT_NANOS / 1_000_000_000L
                    + " s of virtual time" + (startup == null ? " with the configuration it has"
                            : router.startupConfigText() == null ? " from its kind's default (nvram: erased)" : " from its startup-config");
        });
        out.println(answer);
    }

    private void changeDelay(String endpoint, String milliseconds, String jitterMilliseconds) {
        long delayNanos = nanos(milliseconds);
        long jitterNanos = nanos(jitterMilliseconds);
        if (delayNanos < 0 || jitterNanos < 0) {
            out.println("usage: link ROUTER:INTERFACE delay MS [jitter MS]   (for example link r1:Gi0/0 delay 20 or delay 0.5 jitter 0.2)");
            return;
        }
        int colon = endpoint.indexOf(':');
        InterfaceName port = colon > 0 ? InterfaceName.parse(endpoint.substring(colon + 1)) : null;
        if (port == null) {
            out.println("'" + endpoint + "' is not ROUTER:INTERFACE (for example r1:Gi0/0)");
            return;
        }
        String routerName = endpoint.substring(0, colon);
        long delay = delayNanos;
        String answer = lab.kernel().call(() -> {
            if (lab.router(routerName) == null) {
                return "no router " + routerName;
            }
            Link link = lab.linkAt(routerName, port);
            if (link == null) {
                return "no link at " + routerName + ":" + port.shortName();
            }
            link.setDelayNanos(delay);
            link.setJitterNanos(jitterNanos);
            return describe(link) + " delay " + milliseconds(link.delayNanos()) + " ms"
                    + (link.jitterNanos() > 0 ? " jitter " + milliseconds(link.jitterNanos()) + " ms" : "");
        });
        out.println(answer);
    }

    private static long nanos(String milliseconds) {
        try {
            return new BigDecimal(milliseconds).movePointRight(6).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }

    private static String milliseconds(long nanos) {
        return BigDecimal.valueOf(nanos, 6).stripTrailingZeros().toPlainString();
    }

    /** {@code clock}: virtual time since the lab started and the speed; {@code clock speed X} sets it. */
    private void clock(String[] words) {
        if (words.length == 3 && words[1].equalsIgnoreCase("speed")) {
            speed(new String[] {"speed", words[2]});
            return;
        }
        if (words.length != 1) {
            out.println("usage: clock | clock speed FACTOR   (for example clock speed 60)");
            return;
        }
        Kernel kernel = lab.kernel();
        long now = kernel.call(kernel::now);
        long millis = now / 1_000_000;
        out.printf("virtual time %d:%02d:%02d.%03d since the lab started, speed %s%n", millis / 3_600_000,
                millis / 60_000 % 60, millis / 1000 % 60, millis % 1000, kernel.speed());
    }

    private void speed(String[] words) {
        Kernel kernel = lab.kernel();
        if (words.length == 1) {
            out.println("speed " + kernel.speed());
            return;
        }
        double factor;
        try {
            factor = Double.parseDouble(words[1]);
        } catch (NumberFormatException e) {
            out.println("usage: speed FACTOR   (for example speed 60: a minute of lab time per second)");
            return;
        }
        kernel.setSpeed(factor);
        out.println("speed " + kernel.speed());
    }
}

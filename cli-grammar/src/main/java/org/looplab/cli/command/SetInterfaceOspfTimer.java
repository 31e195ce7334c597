package org.looplab.cli.command;

/**
 * The numeric {@code ip ospf} lines of the current interface: cost, hello-interval, dead-interval,
 * priority. A null value is the {@code no} form (the default applies).
 */
public record SetInterfaceOspfTimer(Setting setting, Integer value) implements Command {
    public enum Setting {
        COST(1, 65535),
        HELLO_INTERVAL(1, 65535),
        DEAD_INTERVAL(1, 65535),
        PRIORITY(0, 255);

        private final int min;
        private final int max;

        Setting(int min, int max) {
            this.min = min;
            this.max = max;
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }
    }

    @Override
    public void run(CommandContext context) {
        var ospf = context.router().ospf();
        var iface = context.currentInterface();
        OspfMessages.print(context, switch (setting) {
            case COST -> ospf.setCost(iface, value);
            case HELLO_INTERVAL -> ospf.setHelloInterval(iface, value);
            case DEAD_INTERVAL -> ospf.setDeadInterval(iface, value);
            case PRIORITY -> ospf.setPriority(iface, value);
        });
    }
}

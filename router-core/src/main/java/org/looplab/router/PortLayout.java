package org.looplab.router;

import java.util.ArrayList;
import java.util.List;
import org.looplab.router.InterfaceName.Type;

/**
 * The physical ports a router model has, as the device names them: which exist at boot, which a cable may
 * add, and how IOS numbers them. One constant per platform family that labs run.
 */
public enum PortLayout {
    /** IOSv: GigabitEthernet0/0 to 0/3 at boot, up to 0/15 as links need them. */
    IOSV("GigabitEthernet0/0 to GigabitEthernet0/15") {
        @Override
        public boolean has(InterfaceName name) {
            int[] numbers = name.numbers();
            return name.type() == Type.GIGABIT_ETHERNET && numbers.length == 2 && numbers[0] == 0
                    && numbers[1] < 16;
        }

        @Override
        public List<InterfaceName> atBoot() {
            return List.of(InterfaceName.gigabitEthernet(0), InterfaceName.gigabitEthernet(1),
                    InterfaceName.gigabitEthernet(2), InterfaceName.gigabitEthernet(3));
        }
    },
    /**
     * IOL (IOS on Linux): Ethernet slot/port, four ports a slot; slot 0 at boot, a further slot when a
     * link names one of its ports (containerlab provisions them in groups of four).
     */
    IOL("Ethernet0/0 to Ethernet15/3 (four ports a slot)") {
        @Override
        public boolean has(InterfaceName name) {
            int[] numbers = name.numbers();
            return name.type() == Type.ETHERNET && numbers.length == 2 && numbers[0] < 16 && numbers[1] < 4;
        }

        @Override
        public List<InterfaceName> atBoot() {
            return slot(0);
        }

        @Override
        public List<InterfaceName> withPort(InterfaceName name) {
            return slot(name.numbers()[0]);
        }

        private List<InterfaceName> slot(int slot) {
            List<InterfaceName> ports = new ArrayList<>();
            for (int port = 0; port < 4; port++) {
                ports.add(InterfaceName.of(Type.ETHERNET, slot, port));
            }
            return ports;
        }
    },
    /** CSR1000v and Catalyst 8000v: GigabitEthernet1 to 4 at boot, up to 26 as links need them. */
    CSR("GigabitEthernet1 to GigabitEthernet26") {
        @Override
        public boolean has(InterfaceName name) {
            int[] numbers = name.numbers();
            return name.type() == Type.GIGABIT_ETHERNET && numbers.length == 1 && numbers[0] >= 1
                    && numbers[0] <= 26;
        }

        @Override
        public List<InterfaceName> atBoot() {
            return List.of(InterfaceName.of(Type.GIGABIT_ETHERNET, 1), InterfaceName.of(Type.GIGABIT_ETHERNET, 2),
                    InterfaceName.of(Type.GIGABIT_ETHERNET, 3), InterfaceName.of(Type.GIGABIT_ETHERNET, 4));
        }
    },
    /**
     * A router of unnamed hardware (a GNS3 7200, a config without a topology): it has every physical
     * port its configuration or its links name, the way the config's own device had them.
     */
    ANY_HARDWARE("every physical port its configuration names") {
        @Override
        public boolean has(InterfaceName name) {
            return name.isPhysicalPort();
        }

        @Override
        public List<InterfaceName> atBoot() {
            return List.of();
        }

        @Override
        public boolean addsPortsFromConfiguration() {
            return true;
        }
    };

    private final String description;

    PortLayout(String description) {
        this.description = description;
    }

    /** True when the model can have this physical port. */
    public abstract boolean has(InterfaceName name);

    /** True when the model has ports of this type at all (an IOSv has no Serial). */
    public boolean hasType(Type type) {
        if (addsPortsFromConfiguration()) {
            return type.isPhysical();
        }
        return atBoot().stream().anyMatch(port -> port.type() == type);
    }

    /** The ports present at boot, in order. */
    public abstract List<InterfaceName> atBoot();

    /** The ports that appear with {@code name} when a link needs it (IOL adds a whole slot). */
    public List<InterfaceName> withPort(InterfaceName name) {
        return List.of(name);
    }

    /** True when {@code interface NAME} in a configuration adds the port (unnamed hardware only). */
    public boolean addsPortsFromConfiguration() {
        return false;
    }

    /** What ports the model has, for messages: "GigabitEthernet0/0 to GigabitEthernet0/15". */
    public String description() {
        return description;
    }
}

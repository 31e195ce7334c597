package org.looplab.topology;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.looplab.router.InterfaceName;
import org.looplab.router.PortLayout;

/**
 * The containerlab node kinds looplab runs, with their conventions as containerlab documents them
 * (containerlab.dev/manual/kinds): the ports of the model, the interface aliases a topology may use, and
 * the default login (admin/admin) a node boots with when its startup-config gives none.
 */
public enum NodeKind {
    /** IOSv ({@code cisco_vios}); also looplab's default when a node names no kind. */
    IOSV(PortLayout.IOSV, "cisco_vios", "vr-vios", "vr-cisco_vios", "cisco_iosv", "cisco_ios", "ios", "iosv",
            "vr-iosv", "vr-cisco_iosv") {
        @Override
        InterfaceName alias(String text) {
            // ethN: N-th data port; eth0 is the management port GigabitEthernet0/0.
            Matcher eth = ETH.matcher(text);
            if (eth.matches()) {
                return InterfaceName.gigabitEthernet(Integer.parseInt(eth.group(1)));
            }
            // GiX / GigabitEthernetX: containerlab's X-th data port (Gi0 is the first), GigabitEthernet0/X+1.
            Matcher plain = Pattern.compile("(?i)(?:gi|gigabitethernet)\\s?(\\d{1,2})").matcher(text);
            if (plain.matches()) {
                return InterfaceName.gigabitEthernet(Integer.parseInt(plain.group(1)) + 1);
            }
            return null;
        }
    },
    /** IOL ({@code cisco_iol}): Ethernet slot/port, four ports a slot; ethN counts ports across slots. */
    IOL(PortLayout.IOL, "cisco_iol") {
        @Override
        InterfaceName alias(String text) {
            Matcher eth = ETH.matcher(text);
            if (eth.matches()) {
                int index = Integer.parseInt(eth.group(1));
                return InterfaceName.of(InterfaceName.Type.ETHERNET, index / 4, index % 4);
            }
            return null;
        }
    },
    /** CSR1000v and Catalyst 8000v: GigabitEthernetN, N from 1 (GigabitEthernet1 is management). */
    CSR(PortLayout.CSR, "cisco_csr1000v", "vr-csr", "vr-cisco_csr1000v", "csr", "cisco_c8000v", "vr-c8000v",
            "vr-cisco_c8000v") {
        @Override
        InterfaceName alias(String text) {
            Matcher eth = ETH.matcher(text);
            if (eth.matches()) {
                return InterfaceName.of(InterfaceName.Type.GIGABIT_ETHERNET, Integer.parseInt(eth.group(1)) + 1);
            }
            return null;
        }
    },
    /**
     * A classic IOS router of GNS3's Dynamips (a 7200, a 3725...): no containerlab kind runs one, so this
     * is looplab's own name for it. It has the ports its configuration and links name, of any type.
     */
    DYNAMIPS(PortLayout.ANY_HARDWARE, "cisco_dynamips") {
        @Override
        InterfaceName alias(String text) {
            return null;
        }
    },
    /**
     * A Linux container ({@code linux}) as an end host: its addresses and routes come from its {@code exec}
     * lines ({@link LinuxExec}); ethN is its N-th port (eth0 is containerlab's management port).
     */
    LINUX(PortLayout.IOSV, "linux") {
        @Override
        InterfaceName alias(String text) {
            Matcher eth = ETH.matcher(text);
            return eth.matches() ? InterfaceName.gigabitEthernet(Integer.parseInt(eth.group(1))) : null;
        }
    },
    /**
     * {@code external}: a BGP speaker on the host, standing in the lab on one link (see
     * {@link ExternalPeer}); its port names are IOSv's ({@code eth0} is GigabitEthernet0/0).
     */
    EXTERNAL(PortLayout.IOSV, "external") {
        @Override
        InterfaceName alias(String text) {
            return IOSV.alias(text);
        }
    };

    private static final Pattern ETH = Pattern.compile("eth(\\d{1,3})");
    /** The login containerlab's Cisco kinds are documented with. */
    public static final String DEFAULT_USER = "admin";
    public static final String DEFAULT_PASSWORD = "admin";

    private final PortLayout layout;
    private final List<String> names;

    NodeKind(PortLayout layout, String... names) {
        this.layout = layout;
        this.names = List.of(names);
    }

    public PortLayout layout() {
        return layout;
    }

    /** The kind's containerlab name, as the topology file should write it. */
    public String clabName() {
        return names.get(0);
    }

    /** The kind a containerlab name denotes, or null. */
    public static NodeKind named(String kind) {
        String lower = kind.toLowerCase(Locale.ROOT);
        for (NodeKind each : values()) {
            if (each.names.contains(lower)) {
                return each;
            }
        }
        return null;
    }

    /**
     * Why looplab does not run a containerlab kind it knows of (a switch, a Linux host, a bridge), or null
     * when it is not one of those.
     */
    public static String refusal(String kind, String type) {
        String lower = kind.toLowerCase(Locale.ROOT);
        String typeLower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.equals("cisco_iol") && typeLower.equals("l2")) {
            return "IOL-L2 (type L2) is a switch; looplab simulates routers, not switching (VLANs, trunks, "
                    + "spanning tree): use the L3 image (no type) or a cisco_vios router";
        }
        if ((lower.equals("cisco_vios") || lower.equals("vr-vios")) && typeLower.equals("switch")) {
            return "vIOS-L2 (type switch) is a switch; looplab simulates routers, not switching";
        }
        if (lower.equals("cisco_viosl2") || lower.equals("vr-viosl2") || lower.equals("cisco_cat9kv")
                || lower.equals("vr-cat9kv")) {
            return "it is a switch; looplab simulates routers, not switching";
        }
        if (lower.equals("bridge") || lower.equals("ovs-bridge")) {
            return "a bridge joins many cables into one segment; looplab's links join two ports each";
        }
        return null;
    }

    /**
     * The port an endpoint's interface text names on this kind: the IOS name in any abbreviation
     * ({@code e0/1}, {@code Ethernet0/1}, {@code Gi0/1}, {@code Gi2}), or one of containerlab's aliases
     * ({@code ethN}; IOSv's {@code GiX}). Null when it names none.
     */
    public InterfaceName port(String text) {
        String trimmed = text.trim();
        InterfaceName alias = alias(trimmed);
        if (alias != null || this == LINUX) {
            return alias;
        }
        InterfaceName name = InterfaceName.parse(trimmed);
        return name != null && layout.has(name) ? name : null;
    }

    abstract InterfaceName alias(String text);

    /** What a topology may write for this kind's ports, for messages. */
    public String portHelp() {
        return switch (this) {
            case IOSV -> "GigabitEthernet0/N or Gi0/N (N from 0 to 15), GiX (containerlab's X-th data port), ethN";
            case IOL -> "Ethernet S/P or eS/P (slot S from 0 to 15, port P from 0 to 3), ethN";
            case CSR -> "GigabitEthernetN or GiN (N from 1 to 26), ethN";
            case DYNAMIPS -> "the ports of its slots, as IOS names them: FastEthernet0/0, Serial1/0...";
            case LINUX -> "ethN (N from 0 to 15)";
            case EXTERNAL -> "ethN (N from 0 to 15) or GigabitEthernet0/N";
        };
    }

    /** containerlab's management VRF on its router kinds. */
    public static final String MANAGEMENT_VRF = "clab-mgmt";

    /**
     * The configuration a node of this kind boots with when its topology gives no startup-config, and
     * under a {@code .partial} one: containerlab's default login on SSH, and its management port (eth0)
     * in the management VRF as containerlab's bootstrap config puts it, so its routes stay out of the
     * global table. The port gets no address: the lab has no management network behind it.
     */
    public String defaultConfig(String nodeName) {
        if (this == LINUX) {
            return "hostname " + nodeName + "\n";
        }
        String login = "hostname " + nodeName + "\n"
                + "username " + DEFAULT_USER + " privilege 15 secret 0 " + DEFAULT_PASSWORD + "\n"
                + "line vty 0 4\n"
                + " login local\n"
                + " transport input ssh\n"
                + "!\n";
        if (this == DYNAMIPS) {
            return login; // no management port: GNS3 gives its routers none
        }
        return login
                + "vrf definition " + MANAGEMENT_VRF + "\n"
                + " description " + MANAGEMENT_VRF + "\n"
                + " address-family ipv4\n"
                + " !\n"
                + " address-family ipv6\n"
                + " !\n"
                + "!\n"
                + "interface " + alias("eth0").fullName() + "\n"
                + " vrf forwarding " + MANAGEMENT_VRF + "\n"
                + " description " + MANAGEMENT_VRF + "\n"
                + "!\n";
    }
}

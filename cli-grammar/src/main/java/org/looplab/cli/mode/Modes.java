package org.looplab.cli.mode;

import org.looplab.cli.grammar.IosParser;

/** The modes of the CLI. A new mode is one constant here, its start rule and its grammar file. */
public final class Modes {
    private Modes() {
    }

    /**
     * {@code R1>}: privilege 0 or 1. The whole EXEC language, of which the session's privilege level
     * ({@link org.looplab.cli.privilege.CommandLevels}) lets it use what {@code exec_user_line} offers by default.
     */
    public static final Mode USER_EXEC =
            new Mode("user-exec", null, ">", IosParser::exec_line, false, Mode.Kind.EXEC);

    /** {@code R1#}: privilege 2 to 15; below 15 the session's privilege level hides what is above it. */
    public static final Mode PRIVILEGED_EXEC =
            new Mode("privileged-exec", null, "#", IosParser::exec_line, false, Mode.Kind.EXEC);

    /** {@code R1(config)#}. */
    public static final Mode CONFIG =
            new Mode("config", PRIVILEGED_EXEC, "(config)#", IosParser::config_line, false, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-line)#}: a {@code line con 0} or {@code line vty 0 4} block. */
    public static final Mode LINE =
            new Mode("config-line", CONFIG, "(config-line)#", IosParser::line_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-router)#}: a {@code router ospf N} block. */
    public static final Mode ROUTER_OSPF =
            new Mode("config-router", CONFIG, "(config-router)#", IosParser::ro_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-if)#}. */
    public static final Mode INTERFACE =
            new Mode("config-if", CONFIG, "(config-if)#", IosParser::if_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-subif)#}: a subinterface ({@code interface Gi0/0.10}); the config-if language. */
    public static final Mode SUBINTERFACE =
            new Mode("config-if", CONFIG, "(config-subif)#", INTERFACE.startRule(), true, Mode.Kind.CONFIGURATION);

    /**
     * {@code R1(config-if-range)#}: {@code interface range ...}; the config-if language, each line applied
     * to every member. Named as config-if so that help keyed by mode is the same.
     */
    public static final Mode INTERFACE_RANGE =
            new Mode("config-if", CONFIG, "(config-if-range)#", IosParser::if_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-router)#}: a {@code router bgp ASN} block (IOS shows the same prompt as for OSPF). */
    public static final Mode ROUTER_BGP =
            new Mode("config-router-bgp", CONFIG, "(config-router)#", IosParser::rb_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-router-af)#}: {@code address-family ipv4 [unicast]} inside {@code router bgp}. */
    public static final Mode ROUTER_BGP_AF = new Mode("config-router-af", ROUTER_BGP, "(config-router-af)#",
            IosParser::rbaf_line, true, Mode.Kind.CONFIGURATION);

    /**
     * {@code R1(config-router-af)#}: {@code address-family ipv4 vrf NAME} inside {@code router bgp} (the block's
     * name is the VRF). Named as config-router-af so that help keyed by mode is the same.
     */
    public static final Mode ROUTER_BGP_AF_VRF = new Mode("config-router-af", ROUTER_BGP, "(config-router-af)#",
            IosParser::rbafv_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-router-af)#}: {@code address-family vpnv4} inside {@code router bgp}, kept without behaviour. */
    public static final Mode ROUTER_BGP_AF_VPNV4 = new Mode("config-router-af", ROUTER_BGP, "(config-router-af)#",
            IosParser::rbafvpn_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-router-af)#}: {@code address-family ipv6} inside {@code router bgp}, kept without behaviour. */
    public static final Mode ROUTER_BGP_AF_IPV6 = new Mode("config-router-af", ROUTER_BGP, "(config-router-af)#",
            IosParser::rbaf6_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-route-map)#}: one entry of a route-map. */
    public static final Mode ROUTE_MAP = new Mode("config-route-map", CONFIG, "(config-route-map)#",
            IosParser::rm_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-std-nacl)#}: a named standard access list ({@code ip access-list standard NAME}). */
    public static final Mode ACL_STANDARD = new Mode("config-std-nacl", CONFIG, "(config-std-nacl)#",
            IosParser::acl_std_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-ext-nacl)#}: a named extended access list ({@code ip access-list extended NAME}). */
    public static final Mode ACL_EXTENDED = new Mode("config-ext-nacl", CONFIG, "(config-ext-nacl)#",
            IosParser::acl_ext_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-radius-server)#}: a {@code radius server NAME} block. */
    public static final Mode RADIUS_SERVER = new Mode("config-radius-server", CONFIG, "(config-radius-server)#",
            IosParser::rs_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-sg-radius)#}: an {@code aaa group server radius NAME} block. */
    public static final Mode SERVER_GROUP_RADIUS = new Mode("config-sg-radius", CONFIG, "(config-sg-radius)#",
            IosParser::sg_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(conf-ssh-pubkey)#}: {@code ip ssh pubkey-chain}. */
    public static final Mode PUBKEY_CHAIN = new Mode("conf-ssh-pubkey", CONFIG, "(conf-ssh-pubkey)#",
            IosParser::pk_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(conf-ssh-pubkey-user)#}: a {@code username NAME} of the pubkey chain. */
    public static final Mode PUBKEY_USER = new Mode("conf-ssh-pubkey-user", PUBKEY_CHAIN, "(conf-ssh-pubkey-user)#",
            IosParser::pku_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-archive)#}: the {@code archive} block. */
    public static final Mode ARCHIVE = new Mode("config-archive", CONFIG, "(config-archive)#",
            IosParser::archive_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-vrf)#}: a {@code vrf definition NAME} block. */
    public static final Mode VRF_DEFINITION = new Mode("config-vrf", CONFIG, "(config-vrf)#",
            IosParser::vd_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-vrf-af)#}: {@code address-family ipv4|ipv6} inside {@code vrf definition}. */
    public static final Mode VRF_ADDRESS_FAMILY = new Mode("config-vrf-af", VRF_DEFINITION, "(config-vrf-af)#",
            IosParser::vaf_line, true, Mode.Kind.CONFIGURATION);

    /** {@code R1(config-vrf)#}: an {@code ip vrf NAME} block (IOS shows the same prompt). */
    public static final Mode IP_VRF = new Mode("config-vrf", CONFIG, "(config-vrf)#",
            IosParser::iv_line, true, Mode.Kind.CONFIGURATION);
}

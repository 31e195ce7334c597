package org.looplab.bgp;

import java.util.List;
import org.looplab.router.InterfaceName;

/**
 * One {@code neighbor X ...} setting, typed. A neighbor's value wins over its peer group's, which wins
 * over the default ({@link NeighborConfig#effective}). The constants are in the order IOS writes the
 * lines in {@code show running-config}; {@link #perAddressFamily} settings go in the
 * {@code address-family ipv4} block when one is written.
 *
 * @param <T> the value's type; {@link Boolean#TRUE} for a keyword that is on
 */
public final class NeighborSetting<T> {
    public static final NeighborSetting<AsNumber> REMOTE_AS = session("remote-as", AsNumber.class);
    public static final NeighborSetting<Boolean> SHUTDOWN = session("shutdown", Boolean.class);
    public static final NeighborSetting<String> DESCRIPTION = session("description", String.class);
    /** The key, IOS type 7 encoded ({@link Type7}): BGP needs it back for RFC 2385, as IOS does. */
    public static final NeighborSetting<String> PASSWORD = session("password", String.class);
    /** {@code ebgp-multihop [N]}: the TTL of the session's packets (255 when N is left out). */
    public static final NeighborSetting<Integer> EBGP_MULTIHOP = session("ebgp-multihop", Integer.class);
    public static final NeighborSetting<Boolean> DISABLE_CONNECTED_CHECK =
            session("disable-connected-check", Boolean.class);
    public static final NeighborSetting<InterfaceName> UPDATE_SOURCE = session("update-source", InterfaceName.class);
    /** {@code timers KEEPALIVE HOLD}, as a two-element list of seconds. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final NeighborSetting<List<Integer>> TIMERS = new NeighborSetting("timers", List.class, false);

    public static final NeighborSetting<Boolean> ACTIVATE = addressFamily("activate", Boolean.class);
    public static final NeighborSetting<Boolean> ROUTE_REFLECTOR_CLIENT =
            addressFamily("route-reflector-client", Boolean.class);
    public static final NeighborSetting<Boolean> NEXT_HOP_SELF = addressFamily("next-hop-self", Boolean.class);
    public static final NeighborSetting<SendCommunity> SEND_COMMUNITY =
            addressFamily("send-community", SendCommunity.class);
    public static final NeighborSetting<Boolean> SOFT_RECONFIGURATION_INBOUND =
            addressFamily("soft-reconfiguration inbound", Boolean.class);
    /** {@code allowas-in [N]}: how many times our AS may appear (3 when N is left out). */
    public static final NeighborSetting<Integer> ALLOWAS_IN = addressFamily("allowas-in", Integer.class);
    public static final NeighborSetting<Integer> WEIGHT = addressFamily("weight", Integer.class);
    public static final NeighborSetting<String> PREFIX_LIST_IN = addressFamily("prefix-list in", String.class);
    public static final NeighborSetting<String> PREFIX_LIST_OUT = addressFamily("prefix-list out", String.class);
    public static final NeighborSetting<String> ROUTE_MAP_IN = addressFamily("route-map in", String.class);
    public static final NeighborSetting<String> ROUTE_MAP_OUT = addressFamily("route-map out", String.class);
    public static final NeighborSetting<Long> MAXIMUM_PREFIX = addressFamily("maximum-prefix", Long.class);

    /** Every setting, in running-config order. */
    public static final List<NeighborSetting<?>> ALL = List.of(REMOTE_AS, SHUTDOWN, DESCRIPTION, PASSWORD,
            EBGP_MULTIHOP, DISABLE_CONNECTED_CHECK, UPDATE_SOURCE, TIMERS, ACTIVATE, ROUTE_REFLECTOR_CLIENT,
            NEXT_HOP_SELF, SEND_COMMUNITY, SOFT_RECONFIGURATION_INBOUND, ALLOWAS_IN, WEIGHT, PREFIX_LIST_IN,
            PREFIX_LIST_OUT, ROUTE_MAP_IN, ROUTE_MAP_OUT, MAXIMUM_PREFIX);

    /** {@code send-community [standard | extended | both]}. */
    public enum SendCommunity { STANDARD, EXTENDED, BOTH }

    private final String keyword;
    private final Class<?> type;
    private final boolean perAddressFamily;

    private NeighborSetting(String keyword, Class<?> type, boolean perAddressFamily) {
        this.keyword = keyword;
        this.type = type;
        this.perAddressFamily = perAddressFamily;
    }

    private static <T> NeighborSetting<T> session(String keyword, Class<T> type) {
        return new NeighborSetting<>(keyword, type, false);
    }

    private static <T> NeighborSetting<T> addressFamily(String keyword, Class<T> type) {
        return new NeighborSetting<>(keyword, type, true);
    }

    /** The words after {@code neighbor X} that name the setting. */
    public String keyword() {
        return keyword;
    }

    /** True for settings of the IPv4 unicast address family rather than of the session. */
    public boolean perAddressFamily() {
        return perAddressFamily;
    }

    @SuppressWarnings("unchecked")
    T cast(Object value) {
        return (T) type.cast(value);
    }

    @Override
    public String toString() {
        return keyword;
    }
}

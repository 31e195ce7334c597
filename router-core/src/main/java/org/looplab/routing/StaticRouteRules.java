package org.looplab.routing;

import java.util.function.Predicate;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;

/**
 * What {@code ip route} accepts, with IOS's messages. Each check returns null when the line is acceptable,
 * otherwise the message IOS prints, and then nothing changes.
 */
public final class StaticRouteRules {
    public static final String INCONSISTENT_MASK = "%Inconsistent address and mask";
    public static final String INVALID_DESTINATION = "%Invalid destination prefix";
    public static final String NEXT_HOP_IS_THIS_ROUTER = "%Invalid next hop address (it's this router)";
    public static final String INVALID_NEXT_HOP = "%Invalid next hop address";
    /**
     * Distances outside 1-255 and unknown interfaces never reach the model on IOS: the parser refuses them
     * and puts its caret under the word. The CLI grammar should do the same; this is the model's fallback.
     */
    public static final String INVALID_INPUT = "% Invalid input detected at '^' marker.";
    public static final String NO_MATCHING_ROUTE = "%No matching route to delete";

    private StaticRouteRules() {
    }

    /** The mask must be contiguous and the address must have no host bits beyond it. */
    public static String checkDestination(Ipv4Address network, Ipv4Address mask) {
        int length = Ipv4Prefix.lengthOfMask(mask);
        if (length < 0 || (network.bits() & ~Ipv4Prefix.maskBits(length)) != 0) {
            return INCONSISTENT_MASK;
        }
        // Host loopback, multicast and class E are never routed (RFC 1812 5.3.7, RFC 1122 3.2.1.3).
        if (length > 0 && (network.isLoopback() || network.isMulticast() || network.isReserved())) {
            return INVALID_DESTINATION;
        }
        return null;
    }

    /**
     * Checks a whole line. {@code ownAddress} says whether an address is configured on one of the router's
     * interfaces; {@code interfaceExists} whether the router has the named interface.
     */
    public static String check(Ipv4Address network, Ipv4Address mask, InterfaceName outgoing, Ipv4Address nextHop,
                               int distance, Predicate<Ipv4Address> ownAddress,
                               Predicate<InterfaceName> interfaceExists) {
        String destination = checkDestination(network, mask);
        if (destination != null) {
            return destination;
        }
        if (outgoing == null && nextHop == null) {
            return INVALID_INPUT;
        }
        if (distance < StaticRoute.MIN_DISTANCE || distance > StaticRoute.MAX_DISTANCE) {
            return INVALID_INPUT;
        }
        if (outgoing != null && !outgoing.isNull() && !interfaceExists.test(outgoing)) {
            return INVALID_INPUT;
        }
        if (outgoing != null && outgoing.isNull() && nextHop != null) {
            return INVALID_INPUT;
        }
        if (nextHop != null) {
            if (nextHop.isLoopback() || nextHop.isMulticast() || nextHop.isReserved()) {
                return INVALID_NEXT_HOP;
            }
            if (ownAddress.test(nextHop)) {
                return NEXT_HOP_IS_THIS_ROUTER;
            }
        }
        return null;
    }
}

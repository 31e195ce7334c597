package org.looplab.bgp;

import org.looplab.net.Ipv4Prefix;

/** {@code network A mask M [route-map NAME]}: originate the prefix when the RIB has exactly it. */
public record BgpNetwork(Ipv4Prefix prefix, String routeMap) {
}

package org.looplab.cli.show.bgp;

import org.looplab.net.ClassfulNetwork;
import org.looplab.net.Ipv4Prefix;

/**
 * A prefix in the Network column as IOS prints it: without its length when the length is the classful
 * one ({@code 192.168.1.0}, {@code 10.0.0.0}, the default route as {@code 0.0.0.0}), with it otherwise
 * ({@code 10.1.1.1/32}, {@code 172.16.1.0/24}).
 */
final class BgpNetworkText {
    private BgpNetworkText() {
    }

    static String of(Ipv4Prefix prefix) {
        if (prefix.length() == 0 || prefix.length() == ClassfulNetwork.of(prefix.network()).length()) {
            return prefix.network().toString();
        }
        return prefix.toString();
    }
}

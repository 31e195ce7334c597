package org.looplab.config;

import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/**
 * Which addresses an interface may take (RFC 1122 3.2.1.3, RFC 5735), with IOS's messages. Returns null
 * when the address is acceptable, otherwise the message IOS prints.
 */
public final class AddressRules {
    private AddressRules() {
    }

    /** Checks {@code ip address ADDRESS MASK}. */
    public static String checkInterfaceAddress(Ipv4Address address, Ipv4Address mask) {
        int length = Ipv4Prefix.lengthOfMask(mask);
        if (length < 0) {
            return String.format("Bad mask 0x%08X for address %s", mask.bits(), address);
        }
        return checkInterfaceAddress(address, length);
    }

    /** Checks an address with a prefix length (also reached by {@code A.B.C.D/N} forms). */
    public static String checkInterfaceAddress(Ipv4Address address, int length) {
        if (address.isLoopback() || address.isThisNetwork() || address.isMulticast() || address.isReserved()) {
            return "Not a valid host address - " + address;
        }
        if (length < 1 || length > 32) {
            return "% Bad mask /" + length + " for address " + address;
        }
        // /31 (RFC 3021) and /32 have no network or broadcast address to protect.
        if (length < 31) {
            Ipv4Prefix subnet = Ipv4Prefix.containing(address, length);
            if (address.equals(subnet.network()) || address.equals(subnet.broadcast())) {
                return "% Bad mask /" + length + " for address " + address;
            }
        }
        return null;
    }
}

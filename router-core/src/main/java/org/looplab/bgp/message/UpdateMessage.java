package org.looplab.bgp.message;

import java.util.List;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Prefix;

/**
 * UPDATE (RFC 4271 4.3): withdrawn routes, path attributes (null when the message carries none) and
 * the reachable prefixes (NLRI). {@code treatAsWithdraw} is non-null when decoding found an attribute
 * error that RFC 7606 handles by "treat-as-withdraw": the NLRI are then withdrawn, the session stays.
 */
public record UpdateMessage(List<Ipv4Prefix> withdrawn, PathAttributes attributes, List<Ipv4Prefix> nlri,
                            String treatAsWithdraw) implements BgpMessage {
    public UpdateMessage {
        withdrawn = List.copyOf(withdrawn);
        nlri = List.copyOf(nlri);
        if (!nlri.isEmpty() && attributes == null && treatAsWithdraw == null) {
            throw new IllegalArgumentException("NLRI without path attributes");
        }
    }

    public UpdateMessage(List<Ipv4Prefix> withdrawn, PathAttributes attributes, List<Ipv4Prefix> nlri) {
        this(withdrawn, attributes, nlri, null);
    }

    /** RFC 4724's End-of-RIB marker for IPv4 unicast is an UPDATE with nothing in it. */
    public boolean isEndOfRib() {
        return withdrawn.isEmpty() && nlri.isEmpty() && attributes == null;
    }

    @Override
    public int type() {
        return UPDATE;
    }
}

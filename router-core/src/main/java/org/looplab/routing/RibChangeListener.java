package org.looplab.routing;

import org.looplab.net.Ipv4Prefix;

/** Told when the selected paths of a prefix change (installed, replaced or withdrawn). */
@FunctionalInterface
public interface RibChangeListener {
    void selectionChanged(Ipv4Prefix prefix);
}

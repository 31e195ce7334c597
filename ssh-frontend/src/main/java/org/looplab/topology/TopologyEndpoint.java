package org.looplab.topology;

import org.looplab.router.InterfaceName;

/** One end of a topology link: {@code r1:Gi0/0}. */
public record TopologyEndpoint(String node, InterfaceName port) {
    @Override
    public String toString() {
        return node + ":" + port.shortName();
    }
}

package org.looplab.cli.show.bgp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.bgp.NeighborConfig;
import org.looplab.bgp.NeighborSetting;

/**
 * IOS's update groups as the shows number them: neighbours that are sent the same updates (same kind of
 * session and the same outbound settings) share a group, numbered from 1 in neighbour address order.
 * IOS forms them dynamically; looplab derives them from the configuration when a show asks.
 */
public final class BgpUpdateGroups {
    private final List<Object> signatures = new ArrayList<>();

    private BgpUpdateGroups(BgpSpeaker speaker) {
        for (BgpNeighbor neighbor : speaker.neighbors()) {
            Object signature = signature(neighbor);
            if (!signatures.contains(signature)) {
                signatures.add(signature);
            }
        }
    }

    public static BgpUpdateGroups of(BgpSpeaker speaker) {
        return new BgpUpdateGroups(speaker);
    }

    /** The neighbour's update group, from 1. */
    public int groupOf(BgpNeighbor neighbor) {
        return signatures.indexOf(signature(neighbor)) + 1;
    }

    private static Object signature(BgpNeighbor neighbor) {
        NeighborConfig config = neighbor.config();
        return List.of(neighbor.isInternal(), neighbor.isRouteReflectorClient(),
                config.isOn(NeighborSetting.NEXT_HOP_SELF),
                Objects.toString(config.effective(NeighborSetting.SEND_COMMUNITY, null)),
                Objects.toString(config.effective(NeighborSetting.ROUTE_MAP_OUT, null)),
                Objects.toString(config.effective(NeighborSetting.PREFIX_LIST_OUT, null)));
    }
}

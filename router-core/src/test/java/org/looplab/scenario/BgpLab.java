package org.looplab.scenario;

import java.util.List;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.bgp.BgpNetwork;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.bgp.NeighborSetting;
import org.looplab.log.LogMessage;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.Router;

/**
 * BGP on top of an {@link OspfLab} (with or without OSPF): helpers that configure through the
 * {@link Bgp} API as the CLI would, and read the speaker's state.
 */
public final class BgpLab {
    public final OspfLab net;

    public BgpLab(long seed, int count, int[][] edges, boolean ospf) {
        this.net = new OspfLab(seed, count, edges, ospf);
    }

    public Router router(int i) {
        return net.router(i);
    }

    public Bgp bgp(int i) {
        return Bgp.of(router(i));
    }

    public BgpSpeaker speaker(int i) {
        return bgp(i).speaker();
    }

    public void start(int i, long as) {
        check(bgp(i).start(new AsNumber(as)));
    }

    public void neighbor(int i, Ipv4Address address, long remoteAs) {
        check(bgp(i).setRemoteAs(address.toString(), new AsNumber(remoteAs)));
    }

    public <T> void set(int i, Ipv4Address address, NeighborSetting<T> setting, T value) {
        check(bgp(i).setNeighbor(address.toString(), setting, value));
    }

    /** An iBGP neighbor between Loopback0s: remote-as and update-source Loopback0. */
    public void loopbackPeer(int i, int j, long as) {
        neighbor(i, OspfLab.loopback(j), as);
        set(i, OspfLab.loopback(j), NeighborSetting.UPDATE_SOURCE, OspfLab.LO0);
    }

    public void network(int i, Ipv4Prefix prefix) {
        check(bgp(i).addNetwork(new BgpNetwork(prefix, null)));
    }

    public BgpNeighbor peer(int i, Ipv4Address address) {
        return speaker(i).neighbor(address);
    }

    public void run(long seconds) {
        net.run(seconds);
    }

    public List<String> log(int i) {
        return router(i).log().messages().stream().map(LogMessage::text).toList();
    }

    public List<String> bgpLog(int i) {
        return log(i).stream().filter(line -> line.startsWith("%BGP")).toList();
    }

    private static void check(String result) {
        if (result != null) {
            throw new IllegalStateException(result);
        }
    }

    public static Ipv4Prefix prefix(String text) {
        int slash = text.indexOf('/');
        return new Ipv4Prefix(Ipv4Address.of(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
    }
}

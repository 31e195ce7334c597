package org.looplab.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.looplab.dataplane.LinkFrame;
import org.looplab.router.Duplex;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.sim.SimEvent;

/**
 * A neighbour discovery protocol of one router (CDP, LLDP): while it runs, every {@code timer} seconds
 * and when a port's line protocol comes up, each port sends a frame describing the router across its
 * cable; what a port hears is kept for the holdtime the frame carries and dropped then, so a pulled cable's
 * neighbour goes when its holdtime runs out. Frames arriving while the protocol is off (globally or on
 * the port) are unknown protocol drops. Kernel thread only.
 */
public abstract class LinkDiscovery {
    private final Router router;
    private final String protocol;
    /** The configuration's switch: {@code cdp run} (IOS's default) or {@code no cdp run}. */
    private boolean enabled;
    /** True once the lab runs the router's protocols ({@link DiscoveryProtocols#start}). */
    private boolean started;
    private boolean running;
    private int timerSeconds;
    private int holdtimeSeconds;
    private final Set<InterfaceName> noTransmit = new HashSet<>(2);
    private final Set<InterfaceName> noReceive = new HashSet<>(2);
    private final Map<Interface, Map<String, DiscoveredNeighbor>> neighbors = new LinkedHashMap<>(4);
    private SimEvent nextTransmission;
    private long framesSent;
    private long framesReceived;
    /** Neighbours dropped because their holdtime ran out (LLDP's "entries aged"). */
    private long entriesAged;
    /** Frames of this protocol that carried no advertisement it can read. */
    private long framesInError;
    /** Frames heard while the protocol runs, on a port that does not take them ({@code no lldp receive}). */
    private long framesDiscarded;

    protected LinkDiscovery(Router router, String protocol, boolean enabled, int timerSeconds, int holdtimeSeconds) {
        this.router = router;
        this.enabled = enabled;
        this.protocol = protocol;
        this.timerSeconds = timerSeconds;
        this.holdtimeSeconds = holdtimeSeconds;
        router.lab().dataPlane().bindLinkProtocol(router, protocol, this::receive);
        router.addInterfaceListener(changed -> {
            if (this.running && changed.isProtocolUp() && changed.name().isPhysicalPort()) {
                transmit(changed);
            }
        });
        router.addPowerLossListener(neighbors::clear);
    }

    /** The frame a port sends now, describing this router. */
    protected abstract LinkFrame frame(Interface out, Advertisement advertisement);

    public Router router() {
        return router;
    }

    /** True when frames go and come: switched on by configuration and started by the lab. */
    public boolean isRunning() {
        return running;
    }

    /** {@code cdp run} / {@code lldp run} as configured (CDP's default on, LLDP's off). */
    public boolean isEnabled() {
        return enabled;
    }

    /** {@code [no] cdp run} / {@code [no] lldp run}: off forgets the neighbours. */
    public void setEnabled(boolean on) {
        enabled = on;
        update();
    }

    /** The lab starts the protocol with the router (a lab built by hand, as in tests, may leave it stopped). */
    void start() {
        started = true;
        update();
    }

    private void update() {
        boolean on = enabled && started;
        if (on == running) {
            return;
        }
        running = on;
        if (on) {
            nextTransmission = router.kernel().schedule(0, this::transmitAll);
        } else {
            nextTransmission.cancel();
            neighbors.clear();
        }
    }

    public int timerSeconds() {
        return timerSeconds;
    }

    /** The interval between frames; the next one goes at the new interval. */
    public void setTimerSeconds(int seconds) {
        this.timerSeconds = seconds;
    }

    /** How long neighbours keep what this router sends (carried in each frame). */
    public int holdtimeSeconds() {
        return holdtimeSeconds;
    }

    public void setHoldtimeSeconds(int seconds) {
        this.holdtimeSeconds = seconds;
    }

    /** True unless the port's transmission is switched off ({@code no cdp enable}, {@code no lldp transmit}). */
    public boolean transmitsOn(InterfaceName port) {
        return !noTransmit.contains(port);
    }

    public void setTransmitsOn(InterfaceName port, boolean on) {
        if (on) {
            noTransmit.remove(port);
        } else {
            noTransmit.add(port);
        }
    }

    /** True unless the port's reception is switched off ({@code no cdp enable}, {@code no lldp receive}). */
    public boolean receivesOn(InterfaceName port) {
        return !noReceive.contains(port);
    }

    public void setReceivesOn(InterfaceName port, boolean on) {
        if (on) {
            noReceive.remove(port);
        } else {
            noReceive.add(port);
            Interface iface = router.interfaceNamed(port);
            if (iface != null) {
                neighbors.remove(iface);
            }
        }
    }

    /** True when the port sends and hears this protocol: running, physical, on in both directions. */
    public boolean runsOn(Interface port) {
        return running && port.name().isPhysicalPort() && transmitsOn(port.name()) && receivesOn(port.name());
    }

    public long framesSent() {
        return framesSent;
    }

    public long framesReceived() {
        return framesReceived;
    }

    public long entriesAged() {
        purgeExpired();
        return entriesAged;
    }

    public long framesInError() {
        return framesInError;
    }

    public long framesDiscarded() {
        return framesDiscarded;
    }

    /** What this router tells the neighbour on {@code out}. */
    public Advertisement advertisement(Interface out) {
        Duplex duplex = out.operatingDuplex();
        return new Advertisement(router.hostname(), out.macAddress(), out.name().fullName(), DeviceIdentity.PLATFORM,
                DeviceIdentity.SOFTWARE_DESCRIPTION, out.address() == null ? null : out.address().address(),
                holdtimeSeconds, duplex == null ? Duplex.FULL : duplex);
    }

    /** A neighbour's frame was taken on {@code in}: the protocol may check it against the port (CDP's duplex). */
    protected void heard(Interface in, Advertisement heard) {
    }

    /** The neighbours whose holdtime has not run out, by device and local port; expired ones go on the way. */
    public List<DiscoveredNeighbor> neighbors() {
        purgeExpired();
        List<DiscoveredNeighbor> live = new ArrayList<>();
        for (Map<String, DiscoveredNeighbor> heard : neighbors.values()) {
            live.addAll(heard.values());
        }
        live.sort(Comparator.comparing((DiscoveredNeighbor n) -> n.heard().deviceId())
                .thenComparing(n -> n.local().name()));
        return live;
    }

    /** The live neighbours heard on one port ({@code only}), or on all of them (null). */
    public List<DiscoveredNeighbor> neighbors(Interface only) {
        return neighbors().stream().filter(n -> only == null || n.local() == only).toList();
    }

    /** Drops (and counts) the neighbours whose holdtime has run out by now. */
    private void purgeExpired() {
        long now = router.kernel().now();
        for (Map<String, DiscoveredNeighbor> heard : neighbors.values()) {
            for (Iterator<DiscoveredNeighbor> it = heard.values().iterator(); it.hasNext(); ) {
                if (it.next().expiresNanos() <= now) {
                    it.remove();
                    entriesAged++;
                }
            }
        }
    }

    private void transmitAll() {
        for (Interface port : router.interfaces()) { // a frame sent changes no router's interface table
            transmit(port);
        }
        nextTransmission = router.kernel().schedule(timerSeconds * 1_000_000_000L, this::transmitAll);
    }

    private void transmit(Interface port) {
        if (!port.name().isPhysicalPort() || !port.isProtocolUp() || !transmitsOn(port.name())) {
            return;
        }
        if (router.lab().dataPlane().sendFrame(port, frame(port, advertisement(port)))) {
            framesSent++;
        }
    }

    private boolean receive(Interface in, LinkFrame frame) {
        if (!running) {
            return false;
        }
        if (!receivesOn(in.name())) {
            framesDiscarded++;
            return false;
        }
        framesReceived++;
        if (!(frame.body() instanceof Advertisement heard)) {
            framesInError++;
            return true;
        }
        purgeExpired(); // an entry a new frame replaces after its holdtime ran out has aged first
        long expires = router.kernel().now() + heard.holdtimeSeconds() * 1_000_000_000L;
        neighbors.computeIfAbsent(in, i -> new LinkedHashMap<>(1))
                .put(heard.deviceId(), new DiscoveredNeighbor(in, heard, expires));
        heard(in, heard);
        return true;
    }
}

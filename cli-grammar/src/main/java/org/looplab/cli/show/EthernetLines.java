package org.looplab.cli.show;

import org.looplab.router.Duplex;
import org.looplab.router.Interface;

/** The duplex and speed line of {@code show interfaces} on an Ethernet port, as IOSv's iGbE words it. */
final class EthernetLines {
    private EthernetLines() {
    }

    /**
     * Up, what the port runs at ({@code Full Duplex, 1Gbps}, {@code Half Duplex, 100Mbps}); down, what is
     * set ({@code Auto Duplex, Auto Speed} by default). IOSv says "link type is force-up" once both are set.
     */
    static String duplexAndSpeed(Interface port) {
        boolean running = port.isProtocolUp() && port.operatingDuplex() != null;
        Duplex duplex = running ? port.operatingDuplex() : port.configuredDuplex();
        int speed = running ? port.operatingSpeedMbps() : port.configuredSpeedMbps();
        String duplexText = switch (duplex) {
            case FULL -> "Full Duplex";
            case HALF -> "Half Duplex";
            case AUTO -> "Auto Duplex";
        };
        String speedText = speed == 0 ? "Auto Speed" : speed == 1000 ? "1Gbps" : speed + "Mbps";
        boolean forced = port.configuredDuplex() != Duplex.AUTO && port.configuredSpeedMbps() != 0;
        return "  " + duplexText + ", " + speedText + ", link type is " + (forced ? "force-up" : "auto")
                + ", media type is RJ45\n";
    }
}

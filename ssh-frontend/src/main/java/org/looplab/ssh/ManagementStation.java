package org.looplab.ssh;

import org.looplab.net.Ipv4Address;

/**
 * The address host-side SSH sessions come from, as the routers see them: the lab's management station.
 * Real clients connect on 127/8, which no router could route to; inside the lab their sessions stand for
 * a station on the management network, and that address is what {@code access-class}, {@code show users}
 * and the {@code %SEC_LOGIN} messages see. The default is 172.20.20.1: containerlab's management bridge
 * gateway, the address a containerlab host has towards its nodes.
 */
public record ManagementStation(Ipv4Address address) {
    public static final ManagementStation DEFAULT = new ManagementStation(Ipv4Address.of("172.20.20.1"));
}

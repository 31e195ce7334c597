package org.looplab.cli.show;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.looplab.dataplane.ArpCache;
import org.looplab.net.InterfaceAddress;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * {@code show ip arp} / {@code show arp} as IOS 15 prints them: the router's own addresses on its up
 * Ethernet interfaces (age {@code -}) and the entries it learned, with their age in minutes, by address.
 */
public final class ShowIpArp {
    private static final long MINUTE_NANOS = 60_000_000_000L;

    private ShowIpArp() {
    }

    private record Row(Ipv4Address address, String age, String mac, Interface iface) {
    }

    /** Every row, or those of one address or one interface (both null: all). */
    public static String render(Router router, Ipv4Address onlyAddress, Interface onlyInterface) {
        long now = router.kernel().now();
        List<Row> rows = new ArrayList<>();
        for (Interface iface : router.interfaces()) {
            if (iface.isLoopback() || !iface.isProtocolUp() || !iface.name().isPhysicalPort()) {
                continue;
            }
            if (iface.address() != null) {
                rows.add(new Row(iface.address().address(), "-", iface.macAddress(), iface));
            }
            for (InterfaceAddress secondary : iface.secondaryAddresses()) {
                rows.add(new Row(secondary.address(), "-", iface.macAddress(), iface));
            }
        }
        ArpCache cache = ArpCache.ifPresent(router);
        if (cache != null) {
            for (ArpCache.Entry entry : cache.entries(now)) {
                rows.add(new Row(entry.address(), Long.toString((now - entry.learnedNanos()) / MINUTE_NANOS),
                        entry.macAddress(), entry.iface()));
            }
        }
        rows.sort(Comparator.comparing(Row::address));
        StringBuilder out = new StringBuilder("Protocol  Address          Age (min)  Hardware Addr   Type   Interface\n");
        for (Row row : rows) {
            if ((onlyAddress != null && !onlyAddress.equals(row.address()))
                    || (onlyInterface != null && onlyInterface != row.iface())) {
                continue;
            }
            out.append(String.format("Internet  %-16s%9s   %-14s  ARPA   %s%n", row.address(), row.age(), row.mac(),
                    row.iface().name().fullName()).replace("\r\n", "\n"));
        }
        return out.toString();
    }
}

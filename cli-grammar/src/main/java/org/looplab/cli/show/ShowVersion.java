package org.looplab.cli.show;

import java.util.Random;
import org.looplab.discovery.DeviceIdentity;
import org.looplab.router.Router;

/**
 * {@code show version} as an IOSv 15.9 router prints it, with the lines NAPALM, Ansible and TextFSM read:
 * the software line, "R1 uptime is ...", "Cisco IOSv (revision 1.0) with ... bytes of memory" and the
 * processor board ID.
 */
public final class ShowVersion {
    public static final String SOFTWARE_LINE = DeviceIdentity.SOFTWARE_LINE;
    private static final String SERIAL_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private ShowVersion() {
    }

    public static String render(Router router) {
        long uptimeNanos = router.kernel().now() - router.bootTimeNanos();
        int physical = (int) router.interfaces().stream().filter(iface -> !iface.isLoopback()).count();
        return DeviceIdentity.SOFTWARE_DESCRIPTION + "\n"
                + "\n\n"
                + "ROM: Bootstrap program is IOSv\n"
                + "\n"
                + router.hostname() + " uptime is " + uptime(uptimeNanos) + "\n"
                + "System returned to ROM by reload\n"
                + "System image file is \"flash0:/vios-adventerprisek9-m\"\n"
                + "Last reload reason: Unknown reason\n"
                + "\n\n\n"
                + "This product is a looplab virtual router: it imitates Cisco IOS and contains no Cisco code.\n"
                + "\n"
                + "Cisco IOSv (revision 1.0) with  with 460137K/62464K bytes of memory.\n"
                + "Processor board ID " + serialNumber(router) + "\n"
                + physical + " Gigabit Ethernet interfaces\n"
                + "DRAM configuration is 72 bits wide with parity disabled.\n"
                + "256K bytes of non-volatile configuration memory.\n"
                + "2097152K bytes of ATA System CompactFlash 0 (Read/Write)\n"
                + "\n\n\n"
                + "Configuration register is 0x0\n";
    }

    /** IOS's uptime wording: "1 week, 3 days, 16 hours, 11 minutes", zero leading units left out. */
    static String uptime(long nanos) {
        long minutes = nanos / 60_000_000_000L;
        long[] amounts = {minutes / (365L * 24 * 60), minutes / (7 * 24 * 60) % 52, minutes / (24 * 60) % 7,
                minutes / 60 % 24, minutes % 60};
        String[] units = {"year", "week", "day", "hour", "minute"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < units.length; i++) {
            boolean minutesUnit = i == units.length - 1;
            if (amounts[i] == 0 && !minutesUnit) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(amounts[i]).append(' ').append(units[i]).append(amounts[i] == 1 ? "" : "s");
        }
        return text.toString();
    }

    /** A serial number that stays the same for the same lab and router, 20 characters like IOSv's. */
    static String serialNumber(Router router) {
        long seed = (router.lab().name() + "/" + router.name()).hashCode() * 0x9E3779B97F4A7C15L;
        StringBuilder serial = new StringBuilder();
        Random digits = new Random(seed);
        for (int i = 0; i < 20; i++) {
            serial.append(SERIAL_CHARS.charAt(digits.nextInt(SERIAL_CHARS.length())));
        }
        return serial.toString();
    }
}

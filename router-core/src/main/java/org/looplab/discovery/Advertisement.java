package org.looplab.discovery;

import org.looplab.net.Ipv4Address;
import org.looplab.router.Duplex;

/**
 * What one CDP or LLDP frame tells the far end about its sender: device name (CDP's device ID, LLDP's
 * system name), chassis MAC address, the sending port, platform and software, the management address
 * (the port's own, or null), how long to keep it (CDP's holdtime, LLDP's TTL) and the duplex the port runs
 * at (CDP's Full/Half Duplex TLV).
 */
public record Advertisement(String deviceId, String chassisMac, String portId, String platform,
                            String softwareDescription, Ipv4Address address, int holdtimeSeconds, Duplex duplex) {
}

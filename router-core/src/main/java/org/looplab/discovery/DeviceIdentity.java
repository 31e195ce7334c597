package org.looplab.discovery;

/**
 * What a looplab router says it is, to its neighbours (CDP's platform and version, LLDP's system
 * description) and in {@code show version}: an IOSv router running IOS 15.9.
 */
public final class DeviceIdentity {
    /** CDP's platform, as an IOSv sends it. */
    public static final String PLATFORM = "Cisco IOSv";
    public static final String SOFTWARE_LINE =
            "Cisco IOS Software, IOSv Software (VIOS-ADVENTERPRISEK9-M), Version 15.9(3)M6, RELEASE SOFTWARE (fc1)";
    /** The software description: CDP's version TLV, LLDP's system description, show version's first lines. */
    public static final String SOFTWARE_DESCRIPTION = SOFTWARE_LINE + "\n"
            + "Technical Support: http://www.cisco.com/techsupport\n"
            + "Copyright (c) 1986-2022 by Cisco Systems, Inc.\n"
            + "Compiled Fri 05-Aug-22 10:58 by prod_rel_team";

    private DeviceIdentity() {
    }
}

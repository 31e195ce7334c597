package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a replace takes back: lines only the running-config has, newest first; banner texts whole. */
class ConfigReplaceTest {
    @Test
    void takesBackWhatOnlyTheRunningConfigHas() {
        String running = String.join("\n", "hostname Lab", "no ip domain lookup", "banner motd ^C", "hello", "no shutdown",
                "^C", "interface Loopback7", " ip address 10.7.0.1 255.255.255.255", "interface GigabitEthernet0/1",
                " description temp", " ip address 10.0.1.1 255.255.255.0", "interface GigabitEthernet0/2",
                " description new", "router bgp 1", " neighbor 10.0.0.9 remote-as 9", " network 10.0.0.0", "end", "");
        String wanted = String.join("\n", "hostname Lab", "interface GigabitEthernet0/1",
                " ip address 10.0.1.1 255.255.255.0", "router bgp 1", " network 10.0.0.0", "end", "");
        assertEquals(String.join("\n", "router bgp 1", " no neighbor 10.0.0.9 remote-as 9", "!",
                "interface GigabitEthernet0/2", " no description new", "!",
                "interface GigabitEthernet0/1", " no description temp", "!",
                "no interface Loopback7", "no banner motd", "ip domain lookup", "end", ""),
                ConfigReplace.removals(running, wanted));
        assertEquals("", ConfigReplace.removals(wanted, wanted));
    }
}

package org.looplab.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyLoader;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** ssh-config and inventories from a topology: SSH and SNMP ports as looplab run gives them, user names, never a password. */
class AccessFilesTest {
    @TempDir
    Path folder;

    private Topology lab() throws Exception {
        Files.writeString(folder.resolve("r1.cfg"), """
                hostname R1
                username oper secret 0 operpass
                username boss privilege 15 secret t0psecret
                end
                """);
        Files.writeString(folder.resolve("r2.cfg"), "hostname R2\nusername netops privilege 15 secret 5 $1$abc$xyz\nsnmp-server community public RO\nend\n");
        Files.writeString(folder.resolve("lab.clab.yml"), """
                name: my-lab
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                    r2: {kind: cisco_iosv, startup-config: r2.cfg}
                    r3: {kind: cisco_iosv}
                """);
        return TopologyLoader.load(folder);
    }

    @Test
    void usersComeFromTheStartupConfigsAndPortsFromRunsPlan() throws Exception {
        List<HostAccess> hosts = AccessPlan.of(lab(), 3000, false, null);
        assertEquals(List.of(new HostAccess("r1", "127.0.0.1", 3000, "boss", null),
                new HostAccess("r2", "127.0.0.1", 3001, "netops", 16102),
                new HostAccess("r3", "127.0.0.1", 3002, "boss", null)), hosts);
        assertEquals(new HostAccess("r2", "127.1.0.2", 2201, "netops", 2161), AccessPlan.of(lab(), 2201, true, 2161).get(1));
    }

    @Test
    void sshConfigHasOneBlockPerRouterAndNoPassword() throws Exception {
        String text = SshConfigFile.render("my-lab", "lab.clab.yml", AccessPlan.of(lab(), 3000, false, null));
        assertEquals(true, text.contains("""
                Host r2
                    HostName 127.0.0.1
                    Port 3001
                    User netops
                    HostKeyAlias looplab-my-lab
                    # SNMP agent: 127.0.0.1:16102
                """), text);
        assertFalse(text.contains("t0psecret") || text.contains("operpass"), text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ansibleInventoryIsYamlWithTheCiscoIosConnection() throws Exception {
        String text = InventoryFile.ansible("my-lab", AccessPlan.of(lab(), 3000, false, null));
        assertFalse(text.contains("t0psecret") || text.contains("operpass"), text);
        Map<String, Object> all = (Map<String, Object>) ((Map<String, Object>) load(text)).get("all");
        Map<String, Object> group = (Map<String, Object>) ((Map<String, Object>) all.get("children")).get("my_lab");
        assertEquals(Map.of("ansible_network_os", "cisco.ios.ios",
                "ansible_connection", "ansible.netcommon.network_cli"), group.get("vars"));
        Map<String, Object> hosts = (Map<String, Object>) group.get("hosts");
        assertEquals(Map.of("ansible_host", "127.0.0.1", "ansible_port", 3001, "ansible_user", "netops",
                "snmp_port", 16102), hosts.get("r2"));
        assertEquals(Map.of("ansible_host", "127.0.0.1", "ansible_port", 3002, "ansible_user", "boss"), hosts.get("r3"));
        assertEquals(3, hosts.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void nornirHostsFileNamesNetmikosAndNapalmsPlatforms() throws Exception {
        String text = InventoryFile.nornir("my-lab", AccessPlan.of(lab(), 3000, false, null));
        Map<String, Object> r3 = (Map<String, Object>) ((Map<String, Object>) load(text)).get("r3");
        assertEquals("127.0.0.1", r3.get("hostname"));
        assertEquals(3002, r3.get("port"));
        assertEquals("boss", r3.get("username"));
        assertEquals("cisco_ios", r3.get("platform"));
        assertEquals(Map.of("napalm", Map.of("platform", "ios")), r3.get("connection_options"));
        assertEquals(Map.of("lab", "my-lab"), r3.get("data"));
        Map<String, Object> r2 = (Map<String, Object>) ((Map<String, Object>) load(text)).get("r2");
        assertEquals(Map.of("lab", "my-lab", "snmp_port", 16102), r2.get("data"));
        assertFalse(text.contains("t0psecret") || text.contains("operpass"), text);
    }

    @Test
    void awkwardNamesAreQuoted() {
        assertEquals("'yes'", InventoryFile.yamlKey("yes"));
        assertEquals("'1r'", InventoryFile.yamlKey("1r"));
        assertEquals("lab_10", InventoryFile.groupName("10"));
    }

    private static Object load(String yaml) {
        return new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }
}

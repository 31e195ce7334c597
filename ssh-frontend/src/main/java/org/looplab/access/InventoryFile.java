package org.looplab.access;

import java.util.List;

/**
 * Inventories for automation tools: Ansible's YAML inventory (the {@code cisco.ios} collection over
 * {@code network_cli}) and Nornir's SimpleInventory hosts file (Netmiko's {@code cisco_ios}, NAPALM's
 * {@code ios}). User names only; passwords stay in the startup-configs. A router whose startup-config
 * enables SNMP gets its agent's port as {@code snmp_port} (the agent listens on the SSH address).
 */
public final class InventoryFile {
    private InventoryFile() {
    }

    public static String ansible(String labName, List<HostAccess> hosts) {
        StringBuilder text = new StringBuilder();
        text.append("# looplab lab ").append(labName).append(": Ansible inventory (ansible-inventory -i FILE --list)\n");
        text.append("# No password here: see the username lines of the startup-configs, then use --ask-pass\n");
        text.append("# or ansible_password from a vault.\n");
        text.append("all:\n");
        text.append("  children:\n");
        text.append("    ").append(groupName(labName)).append(":\n");
        text.append("      vars:\n");
        text.append("        ansible_network_os: cisco.ios.ios\n");
        text.append("        ansible_connection: ansible.netcommon.network_cli\n");
        text.append("      hosts:\n");
        for (HostAccess host : hosts) {
            text.append("        ").append(yamlKey(host.name())).append(":\n");
            text.append("          ansible_host: ").append(host.host()).append('\n');
            text.append("          ansible_port: ").append(host.port()).append('\n');
            text.append("          ansible_user: ").append(yamlKey(host.user())).append('\n');
            if (host.snmpPort() != null) {
                text.append("          snmp_port: ").append(host.snmpPort()).append('\n');
            }
        }
        return text.toString();
    }

    public static String nornir(String labName, List<HostAccess> hosts) {
        StringBuilder text = new StringBuilder();
        text.append("# looplab lab ").append(labName).append(": Nornir SimpleInventory hosts file (host_file)\n");
        text.append("# platform is Netmiko's device_type; NAPALM's is given under connection_options.\n");
        text.append("# No password here: see the username lines of the startup-configs.\n");
        for (HostAccess host : hosts) {
            text.append(yamlKey(host.name())).append(":\n");
            text.append("  hostname: ").append(host.host()).append('\n');
            text.append("  port: ").append(host.port()).append('\n');
            text.append("  username: ").append(yamlKey(host.user())).append('\n');
            text.append("  platform: cisco_ios\n");
            text.append("  connection_options:\n");
            text.append("    napalm:\n");
            text.append("      platform: ios\n");
            text.append("  data:\n");
            text.append("    lab: ").append(yamlKey(labName)).append('\n');
            if (host.snmpPort() != null) {
                text.append("    snmp_port: ").append(host.snmpPort()).append('\n');
            }
        }
        return text.toString();
    }

    /** The lab's Ansible group: letters, digits and underscores only, as Ansible wants group names. */
    static String groupName(String labName) {
        String group = labName.replaceAll("[^A-Za-z0-9_]", "_");
        return group.isEmpty() || Character.isDigit(group.charAt(0)) ? "lab_" + group : group;
    }

    /** A name as a YAML scalar: plain when safe, else single-quoted. */
    static String yamlKey(String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_.-]*") && !name.matches("(?i)y|n|yes|no|true|false|on|off|null")) {
            return name;
        }
        return "'" + name.replace("'", "''") + "'";
    }
}

package org.looplab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large lab for benchmarks: N routers in a ring with chords (router i links to i+1 and i+2),
 * so each router uses four links, GigabitEthernet0/0-0/3, with /31 addresses, and ten loopbacks.
 */
final class RingTopologyWriter {
    private RingTopologyWriter() {
    }

    static Path write(Path folder, int routers) throws IOException {
        Files.createDirectories(folder);
        StringBuilder yaml = new StringBuilder("name: ring" + routers + "\ntopology:\n  nodes:\n");
        StringBuilder[] configs = new StringBuilder[routers];
        for (int i = 0; i < routers; i++) {
            yaml.append("    r").append(i + 1).append(": { kind: cisco_iosv, startup-config: r").append(i + 1)
                    .append(".cfg }\n");
            configs[i] = new StringBuilder()
                    .append("hostname R").append(i + 1).append('\n')
                    .append("username admin privilege 15 secret admin\n");
            for (int loopback = 0; loopback < 10; loopback++) {
                configs[i].append("interface Loopback").append(loopback).append('\n')
                        .append(" ip address 10.").append(loopback).append('.').append((i + 1) >> 8).append('.')
                        .append((i + 1) & 0xFF).append(" 255.255.255.255\n");
            }
        }
        yaml.append("  links:\n");
        int link = 0;
        for (int stride = 1; stride <= 2; stride++) {
            for (int i = 0; i < routers; i++, link++) {
                int j = (i + stride) % routers;
                int portOut = stride == 1 ? 0 : 2; // i -> i+stride
                int portIn = portOut + 1;          // j <- j-stride
                yaml.append("    - endpoints: [\"r").append(i + 1).append(":Gi0/").append(portOut)
                        .append("\", \"r").append(j + 1).append(":Gi0/").append(portIn).append("\"]\n");
                int base = 0xAC100000 + 2 * link; // 172.16.0.0/12, one /31 per link
                address(configs[i], portOut, base);
                address(configs[j], portIn, base + 1);
            }
        }
        Path topology = folder.resolve("ring" + routers + ".clab.yml");
        Files.writeString(topology, yaml, StandardCharsets.UTF_8);
        for (int i = 0; i < routers; i++) {
            Files.writeString(folder.resolve("r" + (i + 1) + ".cfg"), configs[i], StandardCharsets.UTF_8);
        }
        return topology;
    }

    private static void address(StringBuilder config, int port, int address) {
        config.append("interface GigabitEthernet0/").append(port).append('\n')
                .append(" ip address ").append(address >>> 24).append('.').append((address >>> 16) & 0xFF).append('.')
                .append((address >>> 8) & 0xFF).append('.').append(address & 0xFF).append(" 255.255.255.254\n")
                .append(" no shutdown\n");
    }
}

package org.looplab.cli.config;

import java.util.ArrayList;
import java.util.List;
import org.looplab.config.DeviceServices;
import org.looplab.config.Secret;
import org.looplab.config.TerminalLine;
import org.looplab.config.UserAccount;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * The running configuration as IOS text, in IOS's order: version, hostname, secrets, users, interfaces
 * (loopbacks first, as IOS lists them), static routes. Only what the router models is written, so loading the text back
 * gives the same configuration without a warning; IOS's fixed lines (service, line vty) come when the
 * grammar models them.
 */
public final class RunningConfigWriter {
    private RunningConfigWriter() {
    }

    /** The router's configuration as IOS text, from the first "!" to "end", each line ending in "\n". */
    public static String render(Router router) {
        StringBuilder out = new StringBuilder();
        InertSettings kept = InertSettings.ifPresent(router);
        out.append("!\n");
        out.append("version ").append(kept != null && kept.version() != null ? kept.version() : "15.9").append('\n');
        renderServices(router.services(), out);
        out.append("!\n");
        out.append("hostname ").append(router.hostname()).append('\n');
        out.append("!\n");
        place(kept, InertSettings.Place.BOOT, out);
        out.append(VrfConfigLines.render(router));
        out.append(HostConfigLines.buffered(router));
        Secret enable = router.enableSecret();
        if (enable != null) {
            out.append("enable secret ").append(enable.type()).append(' ').append(enable.hash()).append('\n');
        }
        if (router.enablePassword() != null) {
            Secret password = router.enablePassword();
            out.append("enable ").append(password.type() == 0 && router.services().passwordEncryption()
                    ? "password " + LinePasswords.configText(router, password.hash()) : password.configText()).append('\n');
        }
        String levels = PrivilegeConfigLines.enableLevels(router);
        out.append(levels);
        if (enable != null || router.enablePassword() != null || !levels.isEmpty()) {
            out.append("!\n");
        }
        out.append(filePrompt(router));
        out.append(AaaConfigLines.render(router));
        out.append(AaaConfigLines.loginLines(router));
        String names = SshServerLines.domainName(router) + HostTableLines.render(router);
        if (kept != null) {
            out.append(kept.render(InertSettings.Place.BEFORE_USERS, names));
        } else if (!names.isEmpty()) {
            out.append(names).append("!\n");
        }
        if (!router.users().isEmpty()) {
            for (UserAccount user : router.users()) {
                out.append("username ").append(user.name());
                if (user.privilege() != UserAccount.DEFAULT_PRIVILEGE) {
                    out.append(" privilege ").append(user.privilege());
                }
                if (user.secret() != null) {
                    out.append(' ').append(user.secret().type() == 0 && router.services().passwordEncryption()
                            ? "password " + LinePasswords.configText(router, user.secret().hash())
                            : user.secret().configText());
                }
                out.append('\n');
            }
            out.append("!\n");
        }
        place(kept, InertSettings.Place.AFTER_USERS, out);
        out.append(ArchiveConfigLines.render(router));
        out.append(SshServerLines.render(router));
        for (Interface iface : loopbacksFirst(router)) {
            out.append(renderInterface(iface));
            out.append("!\n");
        }
        out.append(OspfConfigLines.routerBlocks(router));
        out.append(BgpConfigLines.routerBlock(router));
        out.append(PolicyConfigLines.beforeStaticRoutes(router));
        place(kept, InertSettings.Place.BEFORE_STATIC_ROUTES, out);
        out.append(StaticRouteLines.render(router));
        out.append(AccessListLines.render(router));
        out.append(DiscoveryConfigLines.render(router));
        place(kept, InertSettings.Place.AFTER_STATIC_ROUTES, out);
        out.append(PolicyConfigLines.afterStaticRoutes(router));
        out.append(HostConfigLines.afterRoutes(router));
        out.append(AaaConfigLines.radiusServers(router));
        out.append(PrivilegeConfigLines.render(router));
        renderBanners(router, out);
        renderLines(router, out);
        place(kept, InertSettings.Place.LAST, out);
        out.append("end\n");
        return out.toString();
    }

    /** {@code file prompt noisy|quiet}; alert, the default, is not written. */
    private static String filePrompt(Router router) {
        org.looplab.files.Flash flash = router.attachmentIfPresent(org.looplab.files.Flash.class);
        if (flash == null || flash.prompting() == org.looplab.files.Flash.Prompting.ALERT) {
            return "";
        }
        return "file prompt " + flash.prompting().name().toLowerCase(java.util.Locale.ROOT) + "\n!\n";
    }

    /** One interface block, from {@code interface NAME} to its last setting (no closing "!"). */
    public static String renderInterface(Interface iface) {
        StringBuilder out = new StringBuilder();
        {
            out.append("interface ").append(iface.name().fullName()).append('\n');
            if (iface.description() != null) {
                out.append(" description ").append(iface.description()).append('\n');
            }
            InertSettings kept = InertSettings.ifPresent(iface.router());
            List<String> lines = kept == null ? List.of() : kept.interfaceLines(iface.name());
            // IOS writes mtu and bandwidth right after the description, before encapsulation and addresses.
            java.util.function.Predicate<String> first = line -> line.startsWith("mtu ");
            lines.stream().filter(first).forEach(line -> out.append(' ').append(line).append('\n'));
            if (iface.mtuConfigured()) {
                out.append(" mtu ").append(iface.mtu()).append('\n');
            }
            if (iface.bandwidthConfigured()) {
                out.append(" bandwidth ").append(iface.bandwidthKbps()).append('\n');
            }
            if (iface.encapsulation() != null) {
                out.append(" encapsulation dot1Q ").append(iface.encapsulation().vlan())
                        .append(iface.encapsulation().nativeVlan() ? " native\n" : "\n");
            }
            out.append(VrfConfigLines.interfaceLine(iface));
            // IOS writes the secondaries first, then the primary.
            for (org.looplab.net.InterfaceAddress secondary : iface.secondaryAddresses()) {
                out.append(" ip address ").append(secondary.address()).append(' ').append(secondary.mask())
                        .append(" secondary\n");
            }
            if (iface.address() != null) {
                out.append(" ip address ").append(iface.address().address()).append(' ')
                        .append(iface.address().mask()).append('\n');
            } else {
                out.append(" no ip address\n");
            }
            out.append(AccessListLines.interfaceLines(iface));
            if (iface.ipMtuConfigured()) {
                out.append(" ip mtu ").append(iface.ipMtu()).append('\n');
            }
            out.append(OspfConfigLines.interfaceLines(iface.router(), iface));
            if (iface.arpTimeoutNanos() != Interface.DEFAULT_ARP_TIMEOUT_NANOS) {
                out.append(" arp timeout ").append(iface.arpTimeoutNanos() / 1_000_000_000L).append('\n');
            }
            // IOS writes the ip lines before "shutdown", the port's own settings (duplex, speed) after it.
            // A tunnel's own lines come last (keepalive, tunnel source...vrf, then its kept tunnel lines: protection).
            java.util.function.Predicate<String> last = line -> iface.isTunnel() && line.startsWith("tunnel ");
            lines.stream().filter(line -> beforeShutdown(line) && !last.test(line)).forEach(line -> out.append(' ').append(line).append('\n'));
            if (iface.isShutdown()) {
                out.append(" shutdown\n");
            }
            if (iface.duplexLine() != null) {
                out.append(" duplex ").append(iface.duplexLine().keyword()).append('\n');
            }
            if (iface.speedLine() != null) {
                out.append(" speed ").append(iface.speedLine() == 0 ? "auto" : iface.speedLine().toString()).append('\n');
            }
            lines.stream().filter(line -> !beforeShutdown(line) && !first.test(line))
                    .sorted(java.util.Comparator.comparingInt(RunningConfigWriter::portSettingRank)).forEach(line -> out.append(' ').append(line).append('\n'));
            out.append(DiscoveryConfigLines.interfaceLines(iface));
            out.append(TunnelConfigLines.render(iface));
            lines.stream().filter(last).forEach(line -> out.append(' ').append(line).append('\n'));
        }
        return out.toString();
    }

    /** IOS writes duplex, speed and media-type in that order, whatever order they were typed in; others keep theirs. */
    private static int portSettingRank(String line) {
        List<String> order = List.of("duplex ", "speed ", "media-type ");
        for (int i = 0; i < order.size(); i++) {
            if (line.startsWith(order.get(i))) {
                return i;
            }
        }
        return order.size();
    }

    private static boolean beforeShutdown(String line) {
        String head = line.startsWith("no ") ? line.substring(3) : line;
        return head.startsWith("ip ") || head.startsWith("ipv6 ") || head.startsWith("vrf ") || head.startsWith("encapsulation ")
                || head.startsWith("standby ") || head.startsWith("vrrp ") || head.startsWith("tunnel ");
    }

    private static void place(InertSettings kept, InertSettings.Place place, StringBuilder out) {
        if (kept != null) {
            out.append(kept.render(place));
        }
    }

    private static void renderServices(DeviceServices services, StringBuilder out) {
        timestamps("debug", services.debugTimestamps(), out);
        timestamps("log", services.logTimestamps(), out);
        out.append(services.passwordEncryption() ? "service password-encryption\n" : "no service password-encryption\n");
    }

    private static void timestamps(String facility, String style, StringBuilder out) {
        // Timestamps are on by default, so turning them off is written.
        if (style != null) {
            out.append("service timestamps ").append(facility).append(' ').append(style).append('\n');
        } else {
            out.append("no service timestamps ").append(facility).append('\n');
        }
    }

    /** IOS writes its Ctrl-C delimiter as "^C", which reads back as one delimiter (see BannerText). */
    private static void renderBanners(Router router, StringBuilder out) {
        router.banners().all().forEach((kind, text) -> out.append("banner ")
                .append(kind.keyword()).append(" ^C").append(text).append("^C\n"));
        if (!router.banners().all().isEmpty()) {
            out.append("!\n");
        }
    }

    /** The line blocks as IOS ends a config: {@code line con 0}, {@code line aux 0}, {@code line vty 0 4}. */
    private static void renderLines(Router router, StringBuilder out) {
        for (TerminalLine line : router.terminalLines()) {
            out.append("line ").append(line.range()).append('\n');
            if (line.accessClass() != null) {
                out.append(" access-class ").append(line.accessClass()).append(" in")
                        .append(line.accessClassVrfAlso() ? " vrf-also" : "").append('\n');
            }
            if (line.execTimeout() != null) {
                out.append(" exec-timeout ").append(line.execTimeout()[0]).append(' ').append(line.execTimeout()[1]).append('\n');
            }
            if (line.privilegeLevel() != null) {
                out.append(" privilege level ").append(line.privilegeLevel()).append('\n');
            }
            if (line.sessionLimit() != null) {
                out.append(" session-limit ").append(line.sessionLimit()).append('\n');
            }
            if (line.password() != null) {
                out.append(" password ").append(LinePasswords.configText(router, line.password())).append('\n');
            }
            if (line.loggingSynchronous()) {
                out.append(" logging synchronous\n");
            }
            if (line.stopBits() != null) {
                out.append(" stopbits ").append(line.stopBits()).append('\n');
            }
            if (line.loginAuthentication() != null) {
                out.append(" login authentication ").append(line.loginAuthentication()).append('\n');
            }
            if (line.login() != null) {
                out.append(line.login() == TerminalLine.Login.LOCAL ? " login local\n" : " login\n");
            }
            if (!line.exec()) {
                out.append(" no exec\n");
            }
            if (line.transportInput() != null) {
                out.append(" transport input");
                if (line.transportInput().isEmpty()) {
                    out.append(" none");
                }
                for (TerminalLine.Transport transport : line.transportInput()) {
                    out.append(' ').append(transport.name().toLowerCase(java.util.Locale.ROOT));
                }
                out.append('\n');
            }
            if (line.transportOutput() != null) {
                out.append(" transport output");
                if (line.transportOutput().isEmpty()) {
                    out.append(" none");
                }
                for (TerminalLine.Transport transport : line.transportOutput()) {
                    out.append(' ').append(transport.name().toLowerCase(java.util.Locale.ROOT));
                }
                out.append('\n');
            }
        }
        out.append("!\n");
    }

    private static List<Interface> loopbacksFirst(Router router) {
        List<Interface> ordered = new ArrayList<>();
        // IOS writes the loopbacks, then the tunnels, then the ports.
        router.interfaces().stream().filter(Interface::isLoopback).forEach(ordered::add);
        router.interfaces().stream().filter(Interface::isTunnel).forEach(ordered::add);
        router.interfaces().stream().filter(iface -> !iface.isLoopback() && !iface.isTunnel()).forEach(ordered::add);
        return ordered;
    }
}

package org.looplab.cli.command;

import java.util.function.UnaryOperator;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.looplab.cli.grammar.IosParser;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.config.TerminalSafeText;
import org.looplab.config.UserAccount;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Dot1qEncapsulation;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.router.TunnelKeepalive;
import org.looplab.router.TunnelMode;
import org.looplab.router.TunnelSettings;

/**
 * Turns the parse tree of one line into a typed {@link Command}. Values the grammar cannot check (ranges,
 * interfaces the router lacks) raise {@link InvalidArgumentException} at the word's column.
 */
public final class CommandBuilder {
    private final Router router;
    private final RoutingCommandBuilder routing;
    private final SystemCommandBuilder system;
    private final PolicyCommandBuilder policy = new PolicyCommandBuilder();
    private final AclCommandBuilder acl = new AclCommandBuilder();
    private final MgmtCommandBuilder mgmt;
    private final DebugCommandBuilder debug = new DebugCommandBuilder();
    private final AaaCommandBuilder aaa = new AaaCommandBuilder();
    private final HostCommandBuilder host;
    private final DataPlaneCommandBuilder dataPlane;
    private final org.looplab.cli.files.FilesCommandBuilder files = new org.looplab.cli.files.FilesCommandBuilder();
    private final org.looplab.cli.archive.ArchiveCommandBuilder archive = new org.looplab.cli.archive.ArchiveCommandBuilder();
    private final VrfCommandBuilder vrf = new VrfCommandBuilder();
    private final DiscoveryCommandBuilder discovery;

    public CommandBuilder(Router router) {
        this.router = router;
        this.routing = new RoutingCommandBuilder(router);
        this.system = new SystemCommandBuilder(router);
        this.mgmt = new MgmtCommandBuilder(router);
        this.host = new HostCommandBuilder(router);
        this.dataPlane = new DataPlaneCommandBuilder(router);
        this.discovery = new DiscoveryCommandBuilder(router);
    }

    /** The command of a start-rule tree (exec_line, exec_user_line, config_line, if_line). */
    public Command build(ParserRuleContext line) {
        ParseTree command = line.getChild(0);
        if (command instanceof Exec_user_commandContext || command instanceof Exec_commandContext
                || command instanceof Config_commandContext || command instanceof If_commandContext
                || command instanceof Ro_commandContext || command instanceof Rb_commandContext
                || command instanceof Rbaf_commandContext || command instanceof Rm_commandContext
                || command instanceof Vd_commandContext || command instanceof Vaf_commandContext
                || command instanceof Iv_commandContext || command instanceof Rbafv_commandContext
                || (command instanceof Rbafvpn_commandContext vpnv4 && vpnv4.rbafk_neighbor() == null)
                || (command instanceof Rbaf6_commandContext ipv6 && ipv6.rbafk_neighbor() == null
                        && ipv6.rbaf6_network() == null)
                || command instanceof Cfg_any_mode_commandContext
                || (command instanceof Line_commandContext lineCommand && lineCommand.cfg_any_mode_command() != null)
                || (command instanceof Acl_std_commandContext std && std.cfg_any_mode_command() != null)
                || (command instanceof Acl_ext_commandContext ext && ext.cfg_any_mode_command() != null)
                || (command instanceof Rs_commandContext rs && rs.cfg_any_mode_command() != null)
                || (command instanceof Sg_commandContext sg && sg.cfg_any_mode_command() != null)
                || (command instanceof Pk_commandContext pk && pk.cfg_any_mode_command() != null)
                || (command instanceof Pku_commandContext pku && pku.cfg_any_mode_command() != null)
                || (command instanceof Archive_commandContext archive && archive.cfg_any_mode_command() != null)) {
            return build((ParserRuleContext) command);
        }
        return buildCommand((ParserRuleContext) command);
    }

    private Command buildCommand(ParserRuleContext ctx) {
        Command vrfCommand = vrf.build(ctx);
        if (vrfCommand != null) {
            return vrfCommand;
        }
        Command systemCommand = system.build(ctx);
        if (systemCommand != null) {
            return systemCommand;
        }
        Command dataPlaneCommand = dataPlane.build(ctx);
        if (dataPlaneCommand != null) {
            return dataPlaneCommand;
        }
        Command discoveryCommand = discovery.build(ctx);
        if (discoveryCommand != null) {
            return discoveryCommand;
        }
        Command routed = routing.build(ctx);
        if (routed != null) {
            return routed;
        }
        Command hostCommand = host.build(ctx);
        if (hostCommand != null) {
            return hostCommand;
        }
        Command policyCommand = policy.build(ctx);
        if (policyCommand != null) {
            return policyCommand;
        }
        Command aclCommand = acl.build(ctx);
        if (aclCommand != null) {
            return aclCommand;
        }
        Command debugCommand = debug.build(ctx);
        if (debugCommand != null) {
            return debugCommand;
        }
        Command mgmtCommand = mgmt.build(ctx);
        if (mgmtCommand != null) {
            return mgmtCommand;
        }
        Command fileCommand = files.build(ctx);
        if (fileCommand != null) {
            return fileCommand;
        }
        Command archiveCommand = archive.build(ctx);
        if (archiveCommand != null) {
            return archiveCommand;
        }
        Command aaaCommand = aaa.build(ctx);
        if (aaaCommand != null) {
            return aaaCommand;
        }
        if (ctx instanceof Exec_telnetContext telnet) {
            InterfaceName source = telnet.interface_name() == null ? null : interfaceName(telnet.interface_name(), false);
            Integer port = telnet.port == null ? null : number(telnet.port, 1, 65535);
            if (telnet.name != null) {
                // A port typed on the line wins over the one of the ip host entry; telnet's 23 otherwise.
                return new ByHostName(telnet.name.getText(), ByHostName.Purpose.CONNECT, host -> new OpenSession(
                        host.addresses().get(0), port != null ? port : host.port() != null ? host.port() : 23,
                        source, null, host.name()));
            }
            return new OpenSession(address(telnet.host), port == null ? 23 : port, source, null, null);
        }
        if (ctx instanceof Exec_sshContext ssh) {
            String user = null;
            int port = 22;
            for (Ssh_optionContext option : ssh.ssh_option()) {
                if (option.user != null) {
                    user = option.user.getText();
                } else if (option.port != null) {
                    port = number(option.port, 1, 65535);
                } else {
                    number(option.version, 1, 2);
                }
            }
            String login = user != null ? user : "";
            int sshPort = port;
            if (ssh.name != null) {
                return new ByHostName(ssh.name.getText(), ByHostName.Purpose.CONNECT,
                        host -> new OpenSession(host.addresses().get(0), sshPort, null, login, host.name()));
            }
            return new OpenSession(address(ssh.host), port, null, login, null);
        }
        if (ctx instanceof Exec_resumeContext resume) {
            return new SessionControl(SessionControl.Action.RESUME, resume.number == null ? null : number(resume.number, 1, 99));
        }
        if (ctx instanceof Exec_disconnectContext disconnect) {
            return new SessionControl(SessionControl.Action.DISCONNECT, disconnect.number == null ? null : number(disconnect.number, 1, 99));
        }
        if (ctx instanceof Exec_whereContext || showPublic(ctx) != null && showPublic(ctx).exec_show_sessions() != null) {
            return new SessionControl(SessionControl.Action.SHOW, null);
        }
        if (ctx instanceof Exec_helpContext) {
            return context -> context.print(InteractiveHelp.TEXT);
        }
        if (ctx instanceof Exec_whoContext) {
            return new ShowSessionReport(ShowSessionReport.Report.USERS);
        }
        if (ctx instanceof Exec_enableContext enable) {
            return enable.level == null ? new Enable() : new Enable(number(enable.level, 0, 15));
        } else if (ctx instanceof Exec_disableContext disable) {
            return disable.level == null ? new Disable() : new Disable(number(disable.level, 0, 15));
        } else if (ctx instanceof Exec_exitContext) {
            return new CloseSession();
        } else if (ctx instanceof Exec_configureContext) {
            return new ConfigureTerminal();
        } else if (ctx instanceof Exec_reloadContext) {
            return new Reload();
        } else if (ctx instanceof Exec_writeContext) {
            return new SaveConfig();
        } else if (ctx instanceof Exec_terminalContext terminal) {
            if (terminal.exec_terminal_monitor() != null) {
                return new SetTerminalMonitor(terminal.exec_terminal_monitor().NO() == null);
            }
            if (terminal.exec_terminal_length() != null) {
                return new SetTerminalLength(number(terminal.exec_terminal_length().lines, 0, SetTerminalLength.MAX));
            }
            return new SetTerminalWidth(number(terminal.exec_terminal_width().columns, 0, SetTerminalWidth.MAX));
        } else if (ctx instanceof Exec_user_showContext show) {
            return show(show.exec_show_public());
        } else if (ctx instanceof Exec_showContext show) {
            if (show.exec_show_running_config() != null) {
                return new Show(Show.Report.RUNNING_CONFIG, null);
            }
            if (show.exec_show_startup_config() != null) {
                return new Show(Show.Report.STARTUP_CONFIG, null);
            }
            if (show.exec_show_looplab() != null) {
                return new ShowUnmodelled();
            }
            return show(show.exec_show_public());
        } else if (ctx instanceof Cfg_doContext run) {
            return new RunExec(build(run.exec_command()));
        } else if (ctx instanceof Cfg_endContext) {
            return new EndConfiguration();
        } else if (ctx instanceof Cfg_exitContext) {
            return new ExitMode();
        } else if (ctx instanceof Cfg_versionContext) {
            return new ConfigVersion(((Cfg_versionContext) ctx).release.getText());
        } else if (ctx instanceof Cfg_hostnameContext hostname) {
            return new SetHostname(hostname.name.getText());
        } else if (ctx instanceof Cfg_usernameContext user) {
            String name = user.name.getText();
            for (int i = 0; i < name.length(); i++) {
                // A user name shows in show users, the log and running-config: an ESC, BEL or C1 in it
                // would reach other terminals as a control sequence. Refused at the character, as IOS
                // refuses input it cannot take.
                if (TerminalSafeText.hasControlCharacters(name.substring(i, i + 1))) {
                    throw new InvalidArgumentException(user.name.getCharPositionInLine() + i);
                }
            }
            int privilege = user.level == null ? UserAccount.DEFAULT_PRIVILEGE
                    : number(user.level, UserAccount.MIN_PRIVILEGE, UserAccount.MAX_PRIVILEGE);
            SecretText secret = user.cfg_secret_value() != null ? secret(user.cfg_secret_value(), user.cfg_algorithm_type())
                    : user.cfg_password_value() != null ? password(user.cfg_password_value()) : null;
            return new SetUser(user.name.getText(), privilege, secret);
        } else if (ctx instanceof Cfg_enable_secretContext enable) {
            return new SetEnableSecret(secret(enable.cfg_secret_value(), enable.cfg_algorithm_type()),
                    enable.level == null ? 15 : number(enable.level, 1, 15));
        } else if (ctx instanceof Cfg_enable_passwordContext enable) {
            return new SetEnableSecret(password(enable.cfg_password_value()),
                    enable.level == null ? 15 : number(enable.level, 1, 15));
        } else if (ctx instanceof Cfg_privilegeContext privilege) {
            return PrivilegeCommands.set(privilege);
        } else if (ctx instanceof Cfg_inertContext) {
            return new KeepInertLine(ArgumentValues.lineText(ctx), false);
        } else if (ctx instanceof If_inertContext) {
            return new KeepInertLine(ArgumentValues.lineText(ctx), true);

        } else if (ctx instanceof Cfg_interface_rangeContext range) {
            return new EnterInterfaceRange(rangeMembers(range.cfg_interface_range_item()));
        } else if (ctx instanceof Cfg_default_interfaceContext defaulted) {
            if (defaulted.RANGE() != null) {
                java.util.List<InterfaceName> members = rangeMembers(defaulted.cfg_interface_range_item());
                return context -> members.forEach(member -> new DefaultInterface(member).run(context));
            }
            return new DefaultInterface(interfaceName(defaulted.interface_name(), false));
        } else if (ctx instanceof Cfg_interfaceContext selected) {
            InterfaceName name = interfaceName(selected.interface_name(), true);
            return new EnterInterface(name);
        } else if (ctx instanceof Cfg_noContext no) {
            return negated(no);
        } else if (ctx instanceof If_ip_addressContext address) {
            return new SetAddress(address(address.address), address(address.mask), address.SECONDARY() != null);
        } else if (ctx instanceof If_encapsulationContext encapsulation) {
            return new SetEncapsulation(new Dot1qEncapsulation(
                    number(encapsulation.vlan, Dot1qEncapsulation.MIN_VLAN, Dot1qEncapsulation.MAX_VLAN),
                    encapsulation.NATIVE() != null), ArgumentValues.lineText(ctx));
        } else if (ctx instanceof If_tunnelContext tunnel) {
            return tunnel(tunnel);
        } else if (ctx instanceof If_keepaliveContext keepalive) {
            TunnelKeepalive set = new TunnelKeepalive(
                    keepalive.period == null ? TunnelKeepalive.DEFAULT_PERIOD : number(keepalive.period, 0, 32767),
                    keepalive.retries == null ? TunnelKeepalive.DEFAULT_RETRIES : number(keepalive.retries, 1, 255));
            // IOS: keepalive 0 switches them off, as "no keepalive" does.
            return new SetTunnel(settings -> settings.withKeepalive(set.periodSeconds() == 0 ? null : set), ArgumentValues.lineText(keepalive));
        } else if (ctx instanceof If_shutdownContext) {
            return new SetShutdown(true);
        } else if (ctx instanceof If_descriptionContext description) {
            return new SetDescription(description.text.getText());
        } else if (ctx instanceof If_noContext no) {
            if (no.if_no_ip_address() != null) {
                If_no_ip_addressContext named = no.if_no_ip_address();
                return named.address == null ? new RemoveAddress()
                        : new RemoveAddress(address(named.address), address(named.mask), named.SECONDARY() != null);
            }
            if (no.if_shutdown() != null) {
                return new SetShutdown(false);
            }
            if (no.if_inert() != null) {
                return new KeepInertLine("no " + ArgumentValues.lineText(no.if_inert()), true);
            }
            if (no.if_no_tunnel() != null) {
                If_no_tunnelContext tunnel = no.if_no_tunnel();
                UnaryOperator<TunnelSettings> change = tunnel.SOURCE() != null ? settings -> settings.withSource(null, null)
                        : tunnel.DESTINATION() != null ? settings -> settings.withDestination(null)
                        : tunnel.KEY() != null ? settings -> settings.withKey(null)
                        : tunnel.VRF() != null ? settings -> settings.withVrf(null)
                        : settings -> settings.withMode(TunnelMode.GRE_IP);
                return new SetTunnel(change, "no " + ArgumentValues.lineText(tunnel));
            }
            if (no.if_no_keepalive() != null) {
                return new SetTunnel(settings -> settings.withKeepalive(null), "no " + ArgumentValues.lineText(no.if_no_keepalive()));
            }
            if (no.if_no_encapsulation() != null) {
                return new SetEncapsulation(null, "no " + ArgumentValues.lineText(no.if_no_encapsulation()));
            }
            return new SetDescription(null);
        }
        throw new IllegalStateException("no command for rule " + IosParser.ruleNames[ctx.getRuleIndex()]);
    }

    /** {@code tunnel source|destination|mode|key|vrf}. */
    private Command tunnel(If_tunnelContext tunnel) {
        UnaryOperator<TunnelSettings> change;
        if (tunnel.SOURCE() != null) {
            InterfaceName source = tunnel.interface_name() == null ? null : interfaceName(tunnel.interface_name(), false);
            Ipv4Address address = tunnel.source == null ? null : address(tunnel.source);
            change = settings -> settings.withSource(source, address);
        } else if (tunnel.DESTINATION() != null) {
            Ipv4Address destination = address(tunnel.destination);
            change = settings -> settings.withDestination(destination);
        } else if (tunnel.KEY() != null) {
            long key = ArgumentValues.longNumber(tunnel.key, 0, 0xFFFF_FFFFL);
            change = settings -> settings.withKey(key);
        } else if (tunnel.VRF() != null) {
            String vrf = tunnel.vrf.getText();
            return new SetTunnel(settings -> settings.withVrf(vrf), ArgumentValues.lineText(tunnel), vrf);
        } else {
            TunnelMode mode = tunnel.IPIP() != null ? TunnelMode.IPIP : tunnel.MULTIPOINT() != null ? TunnelMode.GRE_MULTIPOINT : TunnelMode.GRE_IP;
            change = settings -> settings.withMode(mode);
        }
        return new SetTunnel(change, ArgumentValues.lineText(tunnel));
    }

    private Command negated(Cfg_noContext no) {
        if (no.cfg_no_username() != null) {
            return new RemoveUser(no.cfg_no_username().name.getText());
        }
        if (no.cfg_no_hostname() != null) {
            return new SetHostname(DEFAULT_HOSTNAME);
        }
        if (no.cfg_no_enable_secret() != null) {
            Cfg_no_enable_secretContext enable = no.cfg_no_enable_secret();
            return new RemoveEnableSecret(enable.PASSWORD() != null, enable.level == null ? 15 : number(enable.level, 1, 15));
        }
        if (no.cfg_no_privilege() != null) {
            return PrivilegeCommands.remove(no.cfg_no_privilege());
        }
        if (no.cfg_inert() != null) {
            return new KeepInertLine("no " + ArgumentValues.lineText(no.cfg_inert()), false);
        }
        Interface_nameContext named = no.cfg_interface().interface_name();
        InterfaceName name = interfaceName(named, false);
        // Physical interfaces cannot be removed, and a loopback must exist to be removed.
        if (name.isPhysicalPort() || router.interfaceNamed(name) == null) {
            throw new InvalidArgumentException(named.start.getCharPositionInLine());
        }
        return new RemoveLoopback(name);
    }

    /** What {@code no hostname} goes back to. */
    static final String DEFAULT_HOSTNAME = "Router";

    /** The interfaces of {@code interface range}: each item, its last number counted up to {@code - N}. */
    private java.util.List<InterfaceName> rangeMembers(java.util.List<Cfg_interface_range_itemContext> items) {
        java.util.List<InterfaceName> members = new java.util.ArrayList<>();
        for (Cfg_interface_range_itemContext item : items) {
            InterfaceName first = interfaceName(item.interface_name(), true);
            if (item.last == null) {
                members.add(first);
                continue;
            }
            String text = first.numberText();
            int cut = Math.max(text.lastIndexOf('/'), text.lastIndexOf('.')) + 1;
            int from = Integer.parseInt(text.substring(cut));
            int to = number(item.last, from, Integer.MAX_VALUE);
            if (to - from > 1024) {
                throw new InvalidArgumentException(item.last.getCharPositionInLine());
            }
            for (int k = from; k <= to; k++) {
                InterfaceName member = new InterfaceName(first.type(), text.substring(0, cut) + k);
                boolean exists = router.interfaceNamed(member) != null || member.isLoopback()
                        || member.isPhysicalPort() && router.portLayout().addsPortsFromConfiguration() && router.portLayout().has(member);
                if (!exists) {
                    throw new InvalidArgumentException(item.last.getCharPositionInLine());
                }
                members.add(member);
            }
        }
        return members;
    }

    /** The public show report of a {@code show} line (privileged or user EXEC), else null. */
    static Exec_show_publicContext showPublic(ParserRuleContext ctx) {
        return ctx instanceof Exec_showContext privileged ? privileged.exec_show_public()
                : ctx instanceof Exec_user_showContext user ? user.exec_show_public() : null;
    }

    private Show show(Exec_show_publicContext show) {
        if (show.exec_show_interfaces() != null) {
            Interface_nameContext named = show.exec_show_interfaces().interface_name();
            Interface only = null;
            if (named != null) {
                only = router.interfaceNamed(interfaceName(named, false));
                if (only == null) {
                    throw new InvalidArgumentException(named.number.getCharPositionInLine());
                }
            }
            return new Show(Show.Report.INTERFACES, only);
        }
        if (show.exec_show_ip_interface_brief() != null) {
            return new Show(Show.Report.IP_INTERFACE_BRIEF, null);
        }
        if (show.exec_show_logging() != null) {
            return new Show(Show.Report.LOGGING, null);
        }
        return new Show(Show.Report.VERSION, null);
    }

    /**
     * The interface a name denotes. Loopbacks, Port-channels and Vlans may be new when {@code virtualMayBeNew},
     * and so may the ports of hardware that has what its configuration names; a physical interface must
     * exist otherwise. The caret of a bad one goes under its type or its number.
     */
    private InterfaceName interfaceName(Interface_nameContext named, boolean virtualMayBeNew) {
        InterfaceName name = ArgumentValues.parsedName(named);
        if (router.interfaceNamed(name) != null) {
            return name;
        }
        InterfaceName main = name.parent();
        boolean creatable = name.isLoopback() || name.type() == InterfaceName.Type.TUNNEL || main.isUnsimulatedVirtual()
                && (!name.isSubinterface() || router.interfaceNamed(main) != null)
                || main.type().isPhysical() && (router.interfaceNamed(main) != null
                        || router.portLayout().addsPortsFromConfiguration() && router.portLayout().has(main));
        if (!(creatable && virtualMayBeNew)) {
            throw ArgumentValues.lacking(router, named, name);
        }
        return name;
    }

    private static SecretText secret(Cfg_secret_valueContext value, Cfg_algorithm_typeContext algorithm) {
        int type = value.SECRET_TYPE_5() != null ? 5 : value.SECRET_TYPE_8() != null ? 8
                : value.SECRET_TYPE_9() != null ? 9 : 0;
        int hashType = algorithm == null || algorithm.MD5() != null ? 5 : algorithm.SHA256() != null ? 8 : 9;
        return new SecretText(type, value.text.getText(), false, hashType);
    }

    private static SecretText password(Cfg_password_valueContext value) {
        return new SecretText(value.SECRET_TYPE_7() != null ? 7 : 0, value.text.getText(), true, 0);
    }

    private static Ipv4Address address(Token token) {
        Ipv4Address address = Ipv4Address.parse(token.getText());
        if (address == null) {
            throw new InvalidArgumentException(token.getCharPositionInLine());
        }
        return address;
    }

    private static int number(Token token, int min, int max) {
        String text = token.getText();
        long value = text.length() > 10 ? Long.MAX_VALUE : Long.parseLong(text);
        if (value < min || value > max) {
            throw new InvalidArgumentException(token.getCharPositionInLine());
        }
        return (int) value;
    }
}

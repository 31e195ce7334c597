package org.looplab.cli.command;

import org.looplab.cli.show.ShowIpSsh;
import org.looplab.cli.show.ShowLine;
import org.looplab.cli.show.ShowOpenPorts;
import org.looplab.cli.show.ShowSsh;

import static org.looplab.cli.command.ArgumentValues.number;

import java.util.EnumSet;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.config.Banners;
import org.looplab.config.TerminalLine;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * Typed commands of Ios_line.g4 and Ios_system.g4 (line blocks, services, the device's own reports) and
 * of {@code show ip interface} and {@code show running-config interface}. {@link CommandBuilder} asks
 * here first; {@link #build} answers null for rules that are not ours.
 */
public final class SystemCommandBuilder {
    private static final int MAX_VTY = 1869;

    private final Router router;

    public SystemCommandBuilder(Router router) {
        this.router = router;
    }

    public Command build(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_lineContext line) {
            return enterLine(line.line_range());
        } else if (ctx instanceof Line_commandContext command) {
            if (command.line_setting() != null) {
                return setting(command.line_setting());
            } else if (command.line_no() != null) {
                Line_setting_nameContext name = command.line_no().line_setting_name();
                if (name.EXEC() != null) {
                    return new ChangeTerminalLine("no exec", line -> line.setExec(false));
                }
                return reset(name, "no");
            } else if (command.line_default() != null) {
                return reset(command.line_default().line_setting_name(), "default");
            }
            return null;
        } else if (ctx instanceof Cfg_bannerContext banner) {
            return new SetBanner(bannerKind(banner.kind.getType()), banner.text.getText());
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_banner() != null) {
            return new RemoveBanner(bannerKind(no.cfg_no_banner().kind.getType()));
        } else if (ctx instanceof Cfg_serviceContext service) {
            return service(service.service_name(), true);
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_service() != null) {
            return service(no.cfg_no_service().service_name(), false);
        } else if (ctx instanceof Exec_showContext show) {
            if (show.exec_show_running_config() != null && show.exec_show_running_config().interface_name() != null) {
                return new ShowRunningConfigInterface(existing(show.exec_show_running_config().interface_name()));
            }
            return show.exec_show_public() == null ? null : show(show.exec_show_public());
        } else if (ctx instanceof Exec_user_showContext show) {
            return show(show.exec_show_public());
        }
        return null;
    }

    private Command show(Exec_show_publicContext show) {
        if (show.exec_show_ip_ssh() != null) {
            return context -> context.print(ShowIpSsh.render(context.router()));
        }
        if (show.exec_show_line() != null) {
            Exec_show_lineContext line = show.exec_show_line();
            int lastTty = ShowLine.lastTty(router);
            int tty = line.console != null ? number(line.console, 0, 0) : line.tty != null ? number(line.tty, 0, lastTty)
                    : line.first != null && line.last == null ? number(line.first, 0, 1869) + 2 : -1;
            if (tty >= 0 && tty <= lastTty) {
                return context -> context.print(ShowLine.single(context.router(), context.vtySession(), tty,
                        context.terminalLength(), context.terminalWidth()));
            }
            int first = line.first == null ? -1 : number(line.first, 0, 1869);
            int last = line.last == null ? first : number(line.last, first, 1869);
            return context -> context.print(ShowLine.render(context.router(), context.vtySession(), first, last));
        }
        if (show.exec_show_open_ports() != null) {
            return context -> context.print(ShowOpenPorts.render(context.router()));
        }
        if (show.exec_show_ssh() != null) {
            return context -> context.print(ShowSsh.render(context.router().vtySessions().list()));
        }
        if (show.exec_show_ip_interface() != null) {
            Interface_nameContext named = show.exec_show_ip_interface().interface_name();
            return new ShowIpInterfaceCommand(named == null ? null : existing(named));
        }
        Exec_show_systemContext system = show.exec_show_system();
        if (system == null) {
            return null;
        }
        if (system.exec_show_feature_off() != null) {
            return featureOff(system.exec_show_feature_off());
        }
        ShowSessionReport.Report report = switch (system.getStart().getType()) {
            case IosLexer.CLOCK -> system.DETAIL() != null ? ShowSessionReport.Report.CLOCK_DETAIL : ShowSessionReport.Report.CLOCK;
            case IosLexer.INTERFACES -> ShowSessionReport.Report.INTERFACES_DESCRIPTION;
            case IosLexer.USERS -> ShowSessionReport.Report.USERS;
            case IosLexer.HISTORY -> ShowSessionReport.Report.HISTORY;
            case IosLexer.TERMINAL -> ShowSessionReport.Report.TERMINAL;
            case IosLexer.HOSTS -> ShowSessionReport.Report.HOSTS;
            case IosLexer.MEMORY -> ShowSessionReport.Report.MEMORY;
            case IosLexer.IPV6 -> ShowSessionReport.Report.IPV6_INTERFACE;
            default -> ShowSessionReport.Report.PRIVILEGE;
        };
        return new ShowSessionReport(report);
    }

    private static Command featureOff(Exec_show_feature_offContext off) {
        return new ShowFeatureOff(switch (off.getStart().getType()) {
            case IosLexer.ACCESS_LISTS -> ShowFeatureOff.Report.ACCESS_LISTS;
            case IosLexer.INVENTORY -> ShowFeatureOff.Report.INVENTORY;
            case IosLexer.PROCESSES -> ShowFeatureOff.Report.PROCESSES_CPU;
            case IosLexer.INTERFACES -> ShowFeatureOff.Report.INTERFACES_SUMMARY;
            case IosLexer.NTP -> ShowFeatureOff.Report.NTP;
            case IosLexer.ENVIRONMENT -> ShowFeatureOff.Report.ENVIRONMENT;
            case IosLexer.LACP -> ShowFeatureOff.Report.LACP_SYS_ID;
            default -> ShowFeatureOff.Report.SNMP;
        });
    }

    private static Banners.Kind bannerKind(int token) {
        return switch (token) {
            case IosLexer.MOTD -> Banners.Kind.MOTD;
            case IosLexer.LOGIN -> Banners.Kind.LOGIN;
            case IosLexer.INCOMING -> Banners.Kind.INCOMING;
            case IosLexer.PROMPT_TIMEOUT -> Banners.Kind.PROMPT_TIMEOUT;
            case IosLexer.SLIP_PPP -> Banners.Kind.SLIP_PPP;
            default -> Banners.Kind.EXEC;
        };
    }

    private Interface existing(Interface_nameContext named) {
        Interface found = router.interfaceNamed(ArgumentValues.parsedName(named));
        if (found == null) {
            throw new InvalidArgumentException(named.getStop().getCharPositionInLine());
        }
        return found;
    }

    private static Command enterLine(Line_rangeContext range) {
        TerminalLine.Kind kind = switch (range.kind.getType()) {
            case IosLexer.CONSOLE -> TerminalLine.Kind.CONSOLE;
            case IosLexer.AUX -> TerminalLine.Kind.AUX;
            default -> TerminalLine.Kind.VTY;
        };
        int first = number(range.first, 0, kind == TerminalLine.Kind.VTY ? MAX_VTY : 0);
        int last = range.last == null ? first : number(range.last, first, MAX_VTY);
        return new EnterTerminalLine(kind, first, last);
    }

    private static Command setting(Line_settingContext setting) {
        if (setting.line_login() != null) {
            TerminalLine.Login login = setting.line_login().LOCAL() != null
                    ? TerminalLine.Login.LOCAL : TerminalLine.Login.LINE_PASSWORD;
            return new ChangeTerminalLine("login", line -> line.setLogin(login));
        }
        if (setting.line_transport_input() != null) {
            Line_transport_inputContext transport = setting.line_transport_input();
            Set<TerminalLine.Transport> protocols = EnumSet.noneOf(TerminalLine.Transport.class);
            if (transport.ALL() != null) {
                protocols = EnumSet.allOf(TerminalLine.Transport.class);
            }
            if (!transport.SSH().isEmpty()) {
                protocols.add(TerminalLine.Transport.SSH);
            }
            if (!transport.TELNET().isEmpty()) {
                protocols.add(TerminalLine.Transport.TELNET);
            }
            Set<TerminalLine.Transport> chosen = protocols;
            return new ChangeTerminalLine("transport input", line -> line.setTransportInput(chosen));
        }
        if (setting.line_login_authentication() != null) {
            String list = setting.line_login_authentication().name.getText();
            return new ChangeTerminalLine("login authentication", line -> line.setLoginAuthentication(list));
        }
        if (setting.line_transport_output() != null) {
            Line_transport_outputContext transport = setting.line_transport_output();
            Set<TerminalLine.Transport> protocols = transport.ALL() != null
                    ? EnumSet.allOf(TerminalLine.Transport.class) : EnumSet.noneOf(TerminalLine.Transport.class);
            if (!transport.SSH().isEmpty()) {
                protocols.add(TerminalLine.Transport.SSH);
            }
            if (!transport.TELNET().isEmpty()) {
                protocols.add(TerminalLine.Transport.TELNET);
            }
            return new ChangeTerminalLine("transport output", line -> line.setTransportOutput(protocols));
        }
        if (setting.line_access_class() != null) {
            Line_access_classContext access = setting.line_access_class();
            String name = access.name.getText();
            if (access.name.DEC() != null) {
                int number = number(access.name.DEC().getSymbol(), 1, 2699);
                if (org.looplab.acl.AccessList.isExtendedNumber(number) == null) {
                    throw new InvalidArgumentException(access.name.start.getCharPositionInLine());
                }
            }
            boolean vrfAlso = access.VRF_ALSO() != null;
            return new ChangeTerminalLine("access-class", line -> line.setAccessClass(name, vrfAlso));
        }
        if (setting.line_password() != null) {
            Line_passwordContext password = setting.line_password();
            String text = password.text.getText();
            String plain = password.SECRET_TYPE_7() != null ? org.looplab.config.Type7.decode(text) : text;
            if (plain == null) {
                throw new InvalidArgumentException(password.text.getCharPositionInLine());
            }
            return new ChangeTerminalLine("password", line -> line.setPassword(plain));
        }
        if (setting.line_logging_synchronous() != null) {
            return new ChangeTerminalLine("logging synchronous", line -> line.setLoggingSynchronous(true));
        }
        if (setting.line_stopbits() != null) {
            String bits = setting.line_stopbits().bits.getText();
            if (!bits.matches("1|1\\.5|2")) {
                throw new InvalidArgumentException(setting.line_stopbits().bits.getCharPositionInLine());
            }
            return new ChangeTerminalLine("stopbits", line -> line.setStopBits(bits));
        }
        if (setting.line_session_limit() != null) {
            int limit = number(setting.line_session_limit().limit, 0, 4294967);
            return new ChangeTerminalLine("session-limit", line -> line.setSessionLimit(limit));
        }
        if (setting.line_exec_timeout() != null) {
            Line_exec_timeoutContext timeout = setting.line_exec_timeout();
            int minutes = number(timeout.minutes, 0, 35791);
            int seconds = timeout.seconds == null ? 0 : number(timeout.seconds, 0, 2147483);
            return new ChangeTerminalLine("exec-timeout", line -> line.setExecTimeout(new int[] {minutes, seconds}));
        }
        if (setting.line_exec() != null) {
            return new ChangeTerminalLine("exec", line -> line.setExec(true));
        }
        int level = number(setting.line_privilege_level().level, 0, 15);
        return new ChangeTerminalLine("privilege level", line -> line.setPrivilegeLevel(level));
    }

    /** {@code no} and {@code default} put a setting back to IOS's default (not written in running-config). */
    private static Command reset(Line_setting_nameContext name, String form) {
        if (name.AUTHENTICATION() != null) {
            return new ChangeTerminalLine(form + " login authentication", line -> line.setLoginAuthentication(null));
        }
        if (name.OUTPUT() != null) {
            return new ChangeTerminalLine(form + " transport output", line -> line.setTransportOutput(null));
        }
        return switch (name.getStart().getType()) {
            case IosLexer.LOGIN -> new ChangeTerminalLine(form + " login", line -> line.setLogin(null));
            case IosLexer.TRANSPORT -> new ChangeTerminalLine(form + " transport input",
                    line -> line.setTransportInput(null));
            case IosLexer.ACCESS_CLASS -> new ChangeTerminalLine(form + " access-class", line -> line.setAccessClass(null, false));
            case IosLexer.PASSWORD -> new ChangeTerminalLine(form + " password", line -> line.setPassword(null));
            case IosLexer.SESSION_LIMIT -> new ChangeTerminalLine(form + " session-limit", line -> line.setSessionLimit(null));
            case IosLexer.LOGGING -> new ChangeTerminalLine(form + " logging synchronous", line -> line.setLoggingSynchronous(false));
            case IosLexer.STOPBITS -> new ChangeTerminalLine(form + " stopbits", line -> line.setStopBits(null));
            case IosLexer.EXEC_TIMEOUT -> new ChangeTerminalLine(form + " exec-timeout",
                    line -> line.setExecTimeout(null));
            case IosLexer.EXEC -> new ChangeTerminalLine(form + " exec", line -> line.setExec(true));
            default -> new ChangeTerminalLine(form + " privilege level", line -> line.setPrivilegeLevel(null));
        };
    }

    private static Command service(Service_nameContext name, boolean on) {
        if (name.PASSWORD_ENCRYPTION() != null) {
            return new ChangeServices("password-encryption", services -> services.setPasswordEncryption(on));
        }
        String style = !on ? null : name.UPTIME() != null ? "uptime"
                : name.MSEC() != null ? "datetime msec" : name.DATETIME() != null ? "datetime" : "uptime";
        boolean debug = name.facility == null || name.facility.getType() == IosLexer.DEBUG;
        boolean log = name.facility == null || name.facility.getType() == IosLexer.LOG;
        return new ChangeServices("timestamps", services -> {
            if (debug) {
                services.setDebugTimestamps(style);
            }
            if (log) {
                services.setLogTimestamps(style);
            }
        });
    }
}

package org.looplab.cli.command;

import static org.looplab.cli.command.ArgumentValues.address;
import static org.looplab.cli.command.ArgumentValues.number;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.log.LogLevel;
import org.looplab.log.LoggingConfig;
import org.looplab.log.LoggingHost;
import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.snmp.SnmpConfig;

/**
 * Typed commands of Ios_host.g4: {@code logging ...} and {@code snmp-server ...} and their {@code no}
 * forms. {@link CommandBuilder} asks here; {@link #build} answers null for rules that are not ours.
 */
public final class HostCommandBuilder {
    /** IOS's range for {@code logging buffered SIZE}. */
    private static final int MIN_BUFFER = 4096;

    private final Router router;

    public HostCommandBuilder(Router router) {
        this.router = router;
    }

    public Command build(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_loggingContext logging) {
            return logging(logging.logging_setting());
        } else if (ctx instanceof Cfg_snmp_serverContext snmp) {
            return snmp(snmp.snmp_setting());
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_logging() != null) {
            return noLogging(no.cfg_no_logging());
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_snmp_server() != null) {
            return noSnmp(no.cfg_no_snmp_server());
        }
        return null;
    }

    // ---- logging ----

    private Command logging(Logging_settingContext setting) {
        if (setting.logging_host_line() != null) {
            LoggingHost host = host(setting.logging_host_line());
            return new ChangeHostSettings("logging host", r -> {
                LoggingConfig.of(r).addHost(host);
                return null;
            });
        }
        if (setting.TRAP() != null) {
            LogLevel level = setting.logging_level() == null ? LoggingConfig.DEFAULT_TRAP : level(setting.logging_level());
            return new ChangeHostSettings("logging trap", r -> {
                LoggingConfig.of(r).setTrap(level);
                return null;
            });
        }
        if (setting.SOURCE_INTERFACE() != null) {
            InterfaceName name = interfaceName(setting.interface_name());
            return new ChangeHostSettings("logging source-interface", r -> {
                LoggingConfig.of(r).setSourceInterface(name);
                return null;
            });
        }
        if (setting.BUFFERED() != null) {
            // One number is a level (0-7) or a size (4096 and up); before a level it can only be a size.
            Integer size = null;
            LogLevel level = setting.level == null ? null : level(setting.level);
            if (setting.number != null) {
                size = bufferSizeOrNull(setting.number);
                if (size == null && level != null) {
                    throw new InvalidArgumentException(setting.number.getCharPositionInLine());
                } else if (size == null) {
                    level = LogLevel.of(number(setting.number, 0, 7));
                }
            }
            Integer chosenSize = size;
            LogLevel chosenLevel = level;
            return new ChangeHostSettings("logging buffered", r -> {
                r.log().setBuffered(chosenSize, chosenLevel);
                return null;
            });
        }
        LoggingConfig.OriginId origin = setting.IP() != null ? LoggingConfig.OriginId.IP : LoggingConfig.OriginId.HOSTNAME;
        return new ChangeHostSettings("logging origin-id", r -> {
            LoggingConfig.of(r).setOriginId(origin);
            return null;
        });
    }

    /** A number after {@code buffered}: a size (4096 and up), null for a level (0-7), else refused. */
    private static Integer bufferSizeOrNull(Token token) {
        String text = token.getText();
        long value = text.length() > 10 ? Long.MAX_VALUE : Long.parseLong(text);
        if (value <= 7) {
            return null;
        }
        if (value < MIN_BUFFER || value > Integer.MAX_VALUE) {
            throw new InvalidArgumentException(token.getCharPositionInLine());
        }
        return (int) value;
    }

    private Command noLogging(Cfg_no_loggingContext no) {
        if (no.logging_host_line() != null) {
            Logging_host_lineContext line = no.logging_host_line();
            Ipv4Address address = address(line.host);
            LoggingHost exact = line.transport == null ? null : host(line);
            return new ChangeHostSettings("no logging host", r -> {
                LoggingConfig config = LoggingConfig.ifPresent(r);
                if (config != null) {
                    config.removeHost(address, exact);
                }
                return null;
            });
        }
        if (no.TRAP() != null) {
            return new ChangeHostSettings("no logging trap", r -> {
                LoggingConfig.of(r).setTrap(null);
                return null;
            });
        }
        if (no.SOURCE_INTERFACE() != null) {
            return new ChangeHostSettings("no logging source-interface", r -> {
                LoggingConfig.of(r).setSourceInterface(null);
                return null;
            });
        }
        if (no.BUFFERED() != null) {
            return new ChangeHostSettings("no logging buffered", r -> {
                r.log().setBuffered(org.looplab.log.Syslog.DEFAULT_BUFFER_BYTES, LogLevel.DEBUGGING);
                return null;
            });
        }
        return new ChangeHostSettings("no logging origin-id", r -> {
            LoggingConfig.of(r).setOriginId(null);
            return null;
        });
    }

    private static LoggingHost host(Logging_host_lineContext line) {
        Ipv4Address address = address(line.host);
        LoggingHost.Transport transport = line.transport != null && line.transport.getType() == IosLexer.TCP
                ? LoggingHost.Transport.TCP : LoggingHost.Transport.UDP;
        int port = line.port == null ? transport.defaultPort() : number(line.port, 1, 65535);
        return new LoggingHost(address, transport, port);
    }

    private static LogLevel level(Logging_levelContext level) {
        if (level.number != null) {
            return LogLevel.of(number(level.number, 0, 7));
        }
        return switch (level.getStart().getType()) {
            case IosLexer.EMERGENCIES -> LogLevel.EMERGENCIES;
            case IosLexer.ALERTS -> LogLevel.ALERTS;
            case IosLexer.CRITICAL -> LogLevel.CRITICAL;
            case IosLexer.ERRORS -> LogLevel.ERRORS;
            case IosLexer.WARNINGS -> LogLevel.WARNINGS;
            case IosLexer.NOTIFICATIONS -> LogLevel.NOTIFICATIONS;
            case IosLexer.INFORMATIONAL -> LogLevel.INFORMATIONAL;
            default -> LogLevel.DEBUGGING;
        };
    }

    /** An interface the router has (a loopback must exist), with IOS's caret where the name fails. */
    private InterfaceName interfaceName(Interface_nameContext named) {
        return ArgumentValues.existingInterface(router, named);
    }

    // ---- snmp-server ----

    private Command snmp(Snmp_settingContext setting) {
        if (setting.COMMUNITY() != null) {
            SnmpConfig.Community community = new SnmpConfig.Community(setting.name.getText(),
                    setting.access != null && setting.access.getType() == IosLexer.RW,
                    setting.acl == null ? null : setting.acl.getText());
            if (setting.acl != null && setting.acl.getType() == IosLexer.DEC) {
                number(setting.acl, 1, 99);
            }
            return new ChangeHostSettings("snmp-server community", r -> {
                SnmpConfig.of(r).putCommunity(community);
                return null;
            });
        }
        if (setting.LOCATION() != null) {
            String text = setting.text.getText().strip();
            return new ChangeHostSettings("snmp-server location", r -> {
                SnmpConfig.of(r).setLocation(text);
                return null;
            });
        }
        if (setting.CONTACT() != null) {
            String text = setting.text.getText().strip();
            return new ChangeHostSettings("snmp-server contact", r -> {
                SnmpConfig.of(r).setContact(text);
                return null;
            });
        }
        if (setting.HOST() != null) {
            int port = setting.port == null ? SnmpConfig.NotificationHost.DEFAULT_PORT : number(setting.port, 0, 65535);
            SnmpConfig.NotificationHost host = new SnmpConfig.NotificationHost(address(setting.host),
                    setting.version != null, setting.community.getText(), port);
            return new ChangeHostSettings("snmp-server host", r -> {
                SnmpConfig.of(r).putHost(host);
                return null;
            });
        }
        if (setting.snmp_enable_traps() != null) {
            return enableTraps(setting.snmp_enable_traps(), true);
        }
        return new ChangeHostSettings("snmp-server ifindex persist", r -> {
            SnmpConfig.of(r).setIfIndexPersist(true);
            return null;
        });
    }

    /**
     * {@code snmp-server enable traps} alone enables every trap the router has; {@code snmp} alone both
     * link traps; {@code no} turns off what it names.
     */
    private static Command enableTraps(Snmp_enable_trapsContext traps, boolean on) {
        boolean all = traps.SNMP().isEmpty() && traps.BGP().isEmpty();
        boolean snmp = all || !traps.SNMP().isEmpty();
        boolean down = snmp && (traps.LINKDOWN().isEmpty() && traps.LINKUP().isEmpty() || !traps.LINKDOWN().isEmpty());
        boolean up = snmp && (traps.LINKDOWN().isEmpty() && traps.LINKUP().isEmpty() || !traps.LINKUP().isEmpty());
        boolean bgp = all || !traps.BGP().isEmpty();
        return new ChangeHostSettings((on ? "" : "no ") + "snmp-server enable traps", r -> {
            SnmpConfig config = SnmpConfig.of(r);
            if (on) {
                config.setLinkTraps(config.linkDownTrap() || down, config.linkUpTrap() || up);
                config.setBgpTraps(config.bgpTraps() || bgp);
            } else {
                config.setLinkTraps(config.linkDownTrap() && !down, config.linkUpTrap() && !up);
                config.setBgpTraps(config.bgpTraps() && !bgp);
            }
            return null;
        });
    }

    private Command noSnmp(Cfg_no_snmp_serverContext no) {
        if (no.COMMUNITY() != null) {
            String name = no.name.getText();
            return new ChangeHostSettings("no snmp-server community", r -> {
                SnmpConfig config = SnmpConfig.ifPresent(r);
                if (config != null) {
                    config.removeCommunity(name);
                }
                return null;
            });
        }
        if (no.LOCATION() != null) {
            return new ChangeHostSettings("no snmp-server location", r -> {
                SnmpConfig.of(r).setLocation(null);
                return null;
            });
        }
        if (no.CONTACT() != null) {
            return new ChangeHostSettings("no snmp-server contact", r -> {
                SnmpConfig.of(r).setContact(null);
                return null;
            });
        }
        if (no.HOST() != null) {
            Ipv4Address address = address(no.host);
            return new ChangeHostSettings("no snmp-server host", r -> {
                SnmpConfig config = SnmpConfig.ifPresent(r);
                if (config != null) {
                    config.removeHost(address);
                }
                return null;
            });
        }
        if (no.snmp_enable_traps() != null) {
            return enableTraps(no.snmp_enable_traps(), false);
        }
        return new ChangeHostSettings("no snmp-server ifindex persist", r -> {
            SnmpConfig.of(r).setIfIndexPersist(false);
            return null;
        });
    }
}

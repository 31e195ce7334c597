package org.looplab.cli.command;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.looplab.cli.grammar.IosParser;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.config.UserAccount;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * Turns the parse tree of one line into a typed {@link Command}. Values the grammar cannot check (ranges,
 * interfaces the router lacks) raise {@link InvalidArgumentException} at the word's column.
 */
public final class CommandBuilder {
    private final Router router;
    private final RoutingCommandBuilder routing;
    private final SystemCommandBuilder system;
    private final PolicyCommandBuilder policy = new PolicyCommandBuilder();

    public CommandBuilder(Router router) {
        this.router = router;
        this.routing = new RoutingCommandBuilder(router);
        this.system = new SystemCommandBuilder(router);
    }

    /** The command of a start-rule tree (exec_line, exec_user_line, config_line, if_line). */
    public Command build(ParserRuleContext line) {
        ParseTree command = line.getChild(0);
        if (command instanceof Exec_user_commandContext || command instanceof Exec_commandContext
                || command instanceof Config_commandContext || command instanceof If_commandContext
                || command instanceof Ro_commandContext || command instanceof Rb_commandContext
                || command instanceof Rbaf_commandContext || command instanceof Rm_commandContext
                || command instanceof Cfg_any_mode_commandContext
                || (command instanceof Line_commandContext lineCommand && lineCommand.cfg_any_mode_command() != null)) {
            return build((ParserRuleContext) command);
        }
        return buildCommand((ParserRuleContext) command);
    }

    private Command buildCommand(ParserRuleContext ctx) {
        Command systemCommand = system.build(ctx);
        if (systemCommand != null) {
            return systemCommand;
        }
        Command routed = routing.build(ctx);
        if (routed != null) {
            return routed;
        }
        Command policyCommand = policy.build(ctx);
        if (policyCommand != null) {
            return policyCommand;
        }
        if (ctx instanceof Exec_enableContext) {
            return new Enable();
        } else if (ctx instanceof Exec_disableContext) {
            return new Disable();
        } else if (ctx instanceof Exec_exitContext) {
            return new CloseSession();
        } else if (ctx instanceof Exec_configureContext) {
            return new ConfigureTerminal();
        } else if (ctx instanceof Exec_copyContext) {
            return new CopyRunningToStartup();
        } else if (ctx instanceof Exec_writeContext) {
            return new SaveConfig();
        } else if (ctx instanceof Exec_terminalContext terminal) {
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
            return show(show.exec_show_public());
        } else if (ctx instanceof Cfg_doContext run) {
            return new RunExec(build(run.exec_command()));
        } else if (ctx instanceof Cfg_endContext) {
            return new EndConfiguration();
        } else if (ctx instanceof Cfg_exitContext) {
            return new ExitMode();
        } else if (ctx instanceof Cfg_versionContext) {
            return new ConfigVersion();
        } else if (ctx instanceof Cfg_hostnameContext hostname) {
            return new SetHostname(hostname.name.getText());
        } else if (ctx instanceof Cfg_usernameContext user) {
            int privilege = user.level == null ? UserAccount.DEFAULT_PRIVILEGE
                    : number(user.level, UserAccount.MIN_PRIVILEGE, UserAccount.MAX_PRIVILEGE);
            return new SetUser(user.name.getText(), privilege, secret(user.cfg_secret_value()));
        } else if (ctx instanceof Cfg_enable_secretContext enable) {
            return new SetEnableSecret(secret(enable.cfg_secret_value()));
        } else if (ctx instanceof Cfg_interfaceContext selected) {
            InterfaceName name = interfaceName(selected.interface_name(), true);
            return new EnterInterface(name);
        } else if (ctx instanceof Cfg_noContext no) {
            return negated(no);
        } else if (ctx instanceof If_ip_addressContext address) {
            return new SetAddress(address(address.address), address(address.mask));
        } else if (ctx instanceof If_shutdownContext) {
            return new SetShutdown(true);
        } else if (ctx instanceof If_descriptionContext description) {
            return new SetDescription(description.text.getText());
        } else if (ctx instanceof If_noContext no) {
            if (no.if_no_ip_address() != null) {
                return new RemoveAddress();
            }
            if (no.if_shutdown() != null) {
                return new SetShutdown(false);
            }
            return new SetDescription(null);
        }
        throw new IllegalStateException("no command for rule " + IosParser.ruleNames[ctx.getRuleIndex()]);
    }

    private Command negated(Cfg_noContext no) {
        if (no.cfg_no_username() != null) {
            return new RemoveUser(no.cfg_no_username().name.getText());
        }
        if (no.cfg_no_enable_secret() != null) {
            return new RemoveEnableSecret();
        }
        Interface_nameContext named = no.cfg_interface().interface_name();
        InterfaceName name = interfaceName(named, false);
        // Physical interfaces cannot be removed, and a loopback must exist to be removed.
        if (!name.isLoopback() || router.interfaceNamed(name) == null) {
            throw new InvalidArgumentException(named.start.getCharPositionInLine());
        }
        return new RemoveLoopback(name);
    }

    private Show show(Exec_show_publicContext show) {
        if (show.exec_show_interfaces() != null) {
            Interface_nameContext named = show.exec_show_interfaces().interface_name();
            Interface only = null;
            if (named != null) {
                only = router.interfaceNamed(interfaceName(named, false));
                if (only == null) {
                    throw new InvalidArgumentException(numberToken(named).getCharPositionInLine());
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
     * The interface a name denotes. Loopbacks may be new when {@code loopbackMayBeNew}; a physical
     * interface must exist. The caret of a bad one goes under its number.
     */
    private InterfaceName interfaceName(Interface_nameContext named, boolean loopbackMayBeNew) {
        Token number = numberToken(named);
        InterfaceName.Type type = named.GIGABITETHERNET() != null
                ? InterfaceName.Type.GIGABIT_ETHERNET : InterfaceName.Type.LOOPBACK;
        InterfaceName name = InterfaceName.parse(type.fullName() + number.getText());
        if (name == null || (!(name.isLoopback() && loopbackMayBeNew) && router.interfaceNamed(name) == null)) {
            throw new InvalidArgumentException(number.getCharPositionInLine());
        }
        return name;
    }

    private static Token numberToken(Interface_nameContext named) {
        return named.slot_port != null ? named.slot_port : named.number;
    }

    private static SecretText secret(Cfg_secret_valueContext value) {
        int type = value.SECRET_TYPE_5() != null ? 5 : 0;
        return new SecretText(type, value.text.getText());
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

package org.looplab.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.looplab.aaa.AaaMethod;
import org.looplab.aaa.AaaSettings;
import org.looplab.aaa.RadiusSettings;
import org.looplab.config.Type7;
import org.looplab.net.Ipv4Address;
import org.looplab.cli.mode.Modes;
import org.looplab.cli.config.InertSettings;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.grammar.IosParser.*;

/** Typed commands of Ios_aaa.g4; null for rules that are not ours. Unmodelled aaa lines are kept. */
final class AaaCommandBuilder {
    Command build(ParserRuleContext ctx) {
        Command radius = radius(ctx);
        if (radius != null) {
            return radius;
        }
        if (ctx instanceof Cfg_aaaContext aaa) {
            if (aaa.other != null) {
                return new KeepInertLine(ArgumentValues.lineText(aaa), false);
            }
            if (aaa.server_group != null) {
                String group = serverGroupName(aaa.server_group);
                return context -> {
                    RadiusSettings.of(context.router()).group(group);
                    context.enterNamedBlock(Modes.SERVER_GROUP_RADIUS, group);
                };
            }
            if (aaa.NEW_MODEL() != null) {
                return context -> {
                    AaaSettings.of(context.router()).setNewModel(true);
                    InertSettings.of(context.router()).forgetGlobalLine("no aaa new-model");
                };
            }
            String list = listName(aaa.list);
            if (aaa.AUTHENTICATION() != null) {
                List<AaaMethod> methods = new ArrayList<>();
                aaa.aaa_login_method().forEach(method -> methods.add(loginMethod(method)));
                return change(settings -> settings.setLoginList(list, methods));
            }
            if (aaa.AUTHORIZATION() != null) {
                List<AaaMethod> methods = new ArrayList<>();
                aaa.aaa_authorization_method().forEach(method -> methods.add(authorizationMethod(method)));
                return change(settings -> settings.setExecAuthorization(list, methods));
            }
            AaaSettings.AccountingList accounting = new AaaSettings.AccountingList("start-stop", groupName(aaa.aaa_group()));
            return change(settings -> settings.setExecAccounting(list, accounting));
        } else if (ctx instanceof Cfg_loginContext login) {
            if (login.other != null) {
                return new KeepInertLine(ArgumentValues.lineText(login), false);
            }
            if (login.outcome != null) {
                int every = login.every == null ? 1 : ArgumentValues.number(login.every, 1, 65535);
                return setLoginLogging(login.outcome.getType() == IosLexer.ON_SUCCESS, every);
            }
            if (login.QUIET_MODE() != null) {
                String acl = login.name.getText();
                return context -> org.looplab.aaa.LoginBlock.of(context.router()).setQuietAccessClass(acl);
            }
            int block = ArgumentValues.number(login.block, 1, 65535);
            int tries = ArgumentValues.number(login.tries, 1, 65535);
            int within = ArgumentValues.number(login.within, 1, 65535);
            return context -> org.looplab.aaa.LoginBlock.of(context.router()).configure(block, tries, within);
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_login() != null) {
            Cfg_no_loginContext login = no.cfg_no_login();
            if (login.other != null) {
                return new KeepInertLine("no " + ArgumentValues.lineText(login), false);
            }
            if (login.outcome != null) {
                return setLoginLogging(login.outcome.getType() == IosLexer.ON_SUCCESS, 0);
            }
            if (login.QUIET_MODE() != null) {
                return context -> org.looplab.aaa.LoginBlock.of(context.router()).setQuietAccessClass(null);
            }
            return context -> org.looplab.aaa.LoginBlock.of(context.router()).disable();
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_aaa() != null) {
            Cfg_no_aaaContext aaa = no.cfg_no_aaa();
            if (aaa.other != null) {
                return new KeepInertLine("no " + ArgumentValues.lineText(aaa), false);
            }
            if (aaa.server_group != null) {
                String group = aaa.server_group.getText();
                return context -> RadiusSettings.of(context.router()).removeGroup(group);
            }
            if (aaa.NEW_MODEL() != null) {
                return context -> {
                    AaaSettings.of(context.router()).setNewModel(false);
                    new KeepInertLine("no aaa new-model", false).run(context);
                };
            }
            String list = listName(aaa.list);
            if (aaa.AUTHENTICATION() != null) {
                return change(settings -> settings.setLoginList(list, null));
            }
            if (aaa.AUTHORIZATION() != null) {
                return change(settings -> settings.setExecAuthorization(list, null));
            }
            return change(settings -> settings.setExecAccounting(list, null));
        }
        return null;
    }

    /** radius server, radius-server, their no forms and the lines of config-radius-server and config-sg-radius. */
    private Command radius(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_radius_serverContext server) {
            String name = server.name.getText();
            return context -> {
                RadiusSettings.of(context.router()).server(name);
                context.enterNamedBlock(Modes.RADIUS_SERVER, name);
            };
        } else if (ctx instanceof Cfg_noContext no && no.cfg_radius_server() != null) {
            String name = no.cfg_radius_server().name.getText();
            return context -> RadiusSettings.of(context.router()).removeServer(name);
        } else if (ctx instanceof Cfg_radius_server_globalContext global) {
            if (global.other != null) {
                return new KeepInertLine(ArgumentValues.lineText(global), false);
            }
            if (global.seconds != null) {
                int seconds = ArgumentValues.number(global.seconds, 1, 1000);
                return context -> RadiusSettings.of(context.router()).setTimeoutSeconds(seconds);
            }
            int retries = ArgumentValues.number(global.retries, 0, 100);
            return context -> RadiusSettings.of(context.router()).setRetransmit(retries);
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_radius_server_global() != null) {
            Cfg_no_radius_server_globalContext global = no.cfg_no_radius_server_global();
            if (global.other != null) {
                return new KeepInertLine("no " + ArgumentValues.lineText(global), false);
            }
            if (global.TIMEOUT() != null) {
                return context -> RadiusSettings.of(context.router()).setTimeoutSeconds(RadiusSettings.DEFAULT_TIMEOUT_SECONDS);
            }
            return context -> RadiusSettings.of(context.router()).setRetransmit(RadiusSettings.DEFAULT_RETRANSMIT);
        } else if (ctx instanceof Rs_commandContext rs) {
            if (rs.rs_address() != null) {
                Rs_addressContext address = rs.rs_address();
                Ipv4Address host = ArgumentValues.address(address.host);
                int auth = address.auth == null ? RadiusSettings.DEFAULT_AUTH_PORT : ArgumentValues.number(address.auth, 0, 65535);
                int acct = address.acct == null ? RadiusSettings.DEFAULT_ACCT_PORT : ArgumentValues.number(address.acct, 0, 65535);
                return inServer(server -> server.setAddress(host, auth, acct));
            }
            if (rs.rs_key() != null) {
                Rs_keyContext key = rs.rs_key();
                String text = key.text.getText();
                if (key.type7 != null && Type7.decode(text) == null) {
                    // Refused here, not by the grammar: the parent mode's kept "key ..." line would take it.
                    return context -> context.print("Invalid encrypted key: " + text + "\n");
                }
                return context -> {
                    String type7 = key.type7 != null ? text : Type7.encode(text, context.router().kernel().random());
                    RadiusSettings.of(context.router()).server(context.currentBlockName()).setType7Key(type7);
                };
            }
            if (rs.ADDRESS() != null) {
                return inServer(RadiusSettings.Server::clearAddress);
            }
            return inServer(server -> server.setType7Key(null));
        } else if (ctx instanceof Sg_commandContext sg) {
            String member = sg.sg_server().name.getText();
            boolean remove = sg.NO() != null;
            return context -> {
                java.util.List<String> members = RadiusSettings.of(context.router()).group(context.currentBlockName());
                members.remove(member);
                if (!remove) {
                    members.add(member);
                }
            };
        }
        return null;
    }

    private static Command inServer(java.util.function.Consumer<RadiusSettings.Server> change) {
        return context -> change.accept(RadiusSettings.of(context.router()).server(context.currentBlockName()));
    }

    /** IOS keeps the names radius and tacacs+ for the groups of all servers. */
    private static String serverGroupName(org.antlr.v4.runtime.Token name) {
        String text = name.getText();
        if (text.equals(RadiusSettings.ALL_SERVERS) || text.equals("tacacs+")) {
            throw new InvalidArgumentException(name.getCharPositionInLine());
        }
        return text;
    }

    private static Command change(java.util.function.Consumer<AaaSettings> change) {
        return context -> change.accept(AaaSettings.of(context.router()));
    }

    private static String listName(Aaa_list_nameContext list) {
        return list.name != null ? list.name.getText() : AaaSettings.DEFAULT_LIST;
    }

    private static AaaMethod loginMethod(Aaa_login_methodContext method) {
        if (method.LOCAL() != null) {
            return AaaMethod.LOCAL;
        } else if (method.ENABLE() != null) {
            return AaaMethod.ENABLE;
        } else if (method.TERMINAL_LINE() != null) {
            return AaaMethod.LINE;
        } else if (method.NONE() != null) {
            return AaaMethod.NONE;
        }
        return AaaMethod.group(groupName(method.aaa_group()));
    }

    private static AaaMethod authorizationMethod(Aaa_authorization_methodContext method) {
        if (method.LOCAL() != null) {
            return AaaMethod.LOCAL;
        } else if (method.NONE() != null) {
            return AaaMethod.NONE;
        } else if (method.IF_AUTHENTICATED() != null) {
            return new AaaMethod(AaaMethod.Kind.NONE, "if-authenticated");
        }
        return AaaMethod.group(groupName(method.aaa_group()));
    }

    private static String groupName(Aaa_groupContext group) {
        return group.name != null ? group.name.getText() : "radius";
    }

    /** login on-success|on-failure log [every N]; 0 for the no form. */
    private static Command setLoginLogging(boolean success, int every) {
        return context -> {
            org.looplab.aaa.LoginLogging logging = org.looplab.aaa.LoginLogging.of(context.router());
            if (success) {
                logging.setSuccessEvery(every);
            } else {
                logging.setFailureEvery(every);
            }
        };
    }
}

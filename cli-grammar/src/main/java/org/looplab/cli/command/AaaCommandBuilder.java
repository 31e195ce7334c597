package org.looplab.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.looplab.aaa.AaaMethod;
import org.looplab.aaa.AaaSettings;
import org.looplab.cli.config.InertSettings;
import org.looplab.cli.grammar.IosParser.*;

/** Typed commands of Ios_aaa.g4; null for rules that are not ours. Unmodelled aaa lines are kept. */
final class AaaCommandBuilder {
    Command build(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_aaaContext aaa) {
            if (aaa.other != null) {
                return new KeepInertLine(ArgumentValues.lineText(aaa), false);
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
            if (login.QUIET_MODE() != null) {
                return context -> org.looplab.aaa.LoginBlock.of(context.router()).setQuietAccessClass(null);
            }
            return context -> org.looplab.aaa.LoginBlock.of(context.router()).disable();
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_aaa() != null) {
            Cfg_no_aaaContext aaa = no.cfg_no_aaa();
            if (aaa.other != null) {
                return new KeepInertLine("no " + ArgumentValues.lineText(aaa), false);
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
}

package org.looplab.cli.config;

import org.looplab.aaa.CommandPrivileges;
import org.looplab.aaa.EnableLevelSecrets;
import org.looplab.cli.privilege.PrivilegeModes;
import org.looplab.config.Secret;
import org.looplab.router.Router;

/** The privilege lines and the per-level enable secrets as IOS 15 writes them. */
final class PrivilegeConfigLines {
    private PrivilegeConfigLines() {
    }

    /** {@code enable secret level N T HASH} and {@code enable password level N ...}, after level 15's. */
    static String enableLevels(Router router) {
        EnableLevelSecrets levels = router.attachmentIfPresent(EnableLevelSecrets.class);
        if (levels == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        levels.secrets().forEach((level, secret) -> out.append("enable secret level ").append(level).append(' ')
                .append(secret.type()).append(' ').append(secret.hash()).append('\n'));
        levels.passwords().forEach((level, password) -> out.append("enable password level ").append(level).append(' ')
                .append(passwordText(router, password)).append('\n'));
        return out.toString();
    }

    private static String passwordText(Router router, Secret password) {
        return password.type() == 0 && router.services().passwordEncryption()
                ? LinePasswords.configText(router, password.hash()) : password.configText().replaceFirst("^password ", "");
    }

    /** {@code privilege MODE [all] level N COMMAND}, each mode's longer commands before their shorter ones. */
    static String render(Router router) {
        CommandPrivileges privileges = CommandPrivileges.ifPresent(router);
        if (privileges == null || privileges.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String mode : PrivilegeModes.WRITE_ORDER) {
            for (CommandPrivileges.Entry entry : privileges.entries(mode)) {
                out.append("privilege ").append(mode).append(entry.all() ? " all" : "").append(" level ")
                        .append(entry.level()).append(' ').append(String.join(" ", entry.keywords())).append('\n');
            }
        }
        return out.append("!\n").toString();
    }
}

package org.looplab.cli.config;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.looplab.aaa.AaaMethod;
import org.looplab.aaa.AaaSettings;
import org.looplab.aaa.RadiusSettings;
import org.looplab.router.Router;

/**
 * The aaa lines as IOS 15 writes them, after the enable secret: {@code aaa new-model}, then the
 * authentication, authorization and accounting lists.
 */
final class AaaConfigLines {
    private AaaConfigLines() {
    }

    static String render(Router router) {
        AaaSettings aaa = AaaSettings.ifPresent(router);
        if (aaa == null || !aaa.newModel()) {
            return serverGroups(router);
        }
        StringBuilder out = new StringBuilder("aaa new-model\n!\n");
        out.append(serverGroups(router));
        lists("aaa authentication login ", aaa.loginLists(), out);
        lists("aaa authorization exec ", aaa.execAuthorization(), out);
        aaa.execAccounting().forEach((name, list) -> out.append("aaa accounting exec ").append(name).append(' ')
                .append(list.recordType()).append(" group ").append(list.group()).append('\n'));
        return out.append("!\n").toString();
    }

    /** aaa group server radius NAME blocks, after aaa new-model as IOS 15 writes them. */
    private static String serverGroups(Router router) {
        RadiusSettings radius = RadiusSettings.ifPresent(router);
        if (radius == null || radius.groups().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        radius.groups().forEach((name, members) -> {
            out.append("aaa group server radius ").append(name).append('\n');
            members.forEach(member -> out.append(" server name ").append(member).append('\n'));
            out.append("!\n");
        });
        return out.toString();
    }

    /**
     * radius-server timeout and retransmit when not the defaults, then the radius server blocks, late in
     * the config as IOS 15 writes them; the key always as type 7.
     */
    static String radiusServers(Router router) {
        RadiusSettings radius = RadiusSettings.ifPresent(router);
        if (radius == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (radius.timeoutSeconds() != RadiusSettings.DEFAULT_TIMEOUT_SECONDS) {
            out.append("radius-server timeout ").append(radius.timeoutSeconds()).append('\n');
        }
        if (radius.retransmit() != RadiusSettings.DEFAULT_RETRANSMIT) {
            out.append("radius-server retransmit ").append(radius.retransmit()).append('\n');
        }
        if (out.length() > 0) {
            out.append("!\n");
        }
        for (RadiusSettings.Server server : radius.servers().values()) {
            out.append("radius server ").append(server.name()).append('\n');
            if (server.address() != null) {
                out.append(" address ipv4 ").append(server.address()).append(" auth-port ").append(server.authPort())
                        .append(" acct-port ").append(server.acctPort()).append('\n');
            }
            if (server.type7Key() != null) {
                out.append(" key 7 ").append(server.type7Key()).append('\n');
            }
            out.append("!\n");
        }
        return out.toString();
    }

    /** login block-for and login quiet-mode access-class, where IOS writes its login lines (before the users). */
    static String loginLines(Router router) {
        org.looplab.aaa.LoginBlock block = router.attachmentIfPresent(org.looplab.aaa.LoginBlock.class);
        StringBuilder out = new StringBuilder();
        if (block != null && block.enabled()) {
            out.append("login block-for ").append(block.blockForSeconds()).append(" attempts ").append(block.attempts())
                    .append(" within ").append(block.withinSeconds()).append('\n');
        }
        if (block != null && block.quietAccessClass() != null) {
            out.append("login quiet-mode access-class ").append(block.quietAccessClass()).append('\n');
        }
        org.looplab.aaa.LoginLogging logging = org.looplab.aaa.LoginLogging.ifPresent(router);
        if (logging != null) {
            loggingLine("login on-failure log", logging.failureEvery(), out);
            loggingLine("login on-success log", logging.successEvery(), out);
        }
        return out.toString();
    }

    private static void loggingLine(String head, int every, StringBuilder out) {
        if (every > 0) {
            out.append(head).append(every > 1 ? " every " + every : "").append('\n');
        }
    }

    private static void lists(String head, Map<String, List<AaaMethod>> lists, StringBuilder out) {
        lists.forEach((name, methods) -> out.append(head).append(name).append(' ')
                .append(methods.stream().map(AaaConfigLines::methodText).collect(Collectors.joining(" "))).append('\n'));
    }

    private static String methodText(AaaMethod method) {
        return method.kind() == AaaMethod.Kind.NONE && method.group() != null ? method.group() : method.configText();
    }
}

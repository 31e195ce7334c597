package org.looplab.cli.command;

import org.looplab.ospf.AuthenticationType;

/**
 * An interface's OSPF authentication line: {@code ip ospf authentication [message-digest|null]} (TYPE),
 * {@code ip ospf authentication-key KEY} (KEY) or {@code ip ospf message-digest-key N md5 KEY}
 * (MESSAGE_DIGEST_KEY); a null type or key for the {@code no} forms. Keys are held in clear.
 */
public record SetInterfaceOspfAuthentication(Line line, AuthenticationType type, int keyId, String key)
        implements Command {
    public enum Line { TYPE, KEY, MESSAGE_DIGEST_KEY }

    /** IOS sends only the first 8 characters of a simple password, and says so. */
    static final String TRUNCATED = "% OSPF: Warning: The password/key will be truncated to 8 characters";

    @Override
    public void run(CommandContext context) {
        var ospf = context.router().ospf();
        var iface = context.currentInterface();
        OspfMessages.print(context, switch (line) {
            case TYPE -> ospf.setAuthentication(iface, type);
            case KEY -> {
                String refused = ospf.setAuthenticationKey(iface, key);
                yield refused == null && key != null && key.length() > 8 ? TRUNCATED : refused;
            }
            case MESSAGE_DIGEST_KEY -> ospf.setMessageDigestKey(iface, keyId, key);
        });
    }
}

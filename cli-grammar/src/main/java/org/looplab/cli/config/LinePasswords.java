package org.looplab.cli.config;

import java.util.Random;
import org.looplab.config.Type7;
import org.looplab.router.Router;

/**
 * How running-config writes a password the device must keep readable (a line {@code password}): in
 * clear, or as type 7 under {@code service password-encryption}, as IOS. The type 7 offset comes from the
 * text itself, so the same configuration renders the same way every time (IOS keeps the string it made).
 */
public final class LinePasswords {
    private LinePasswords() {
    }

    public static String configText(Router router, String plainText) {
        if (!router.services().passwordEncryption()) {
            return plainText;
        }
        return "7 " + Type7.encode(plainText, new Random(plainText.hashCode()));
    }
}

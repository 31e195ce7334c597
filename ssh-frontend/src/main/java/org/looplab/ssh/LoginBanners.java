package org.looplab.ssh;

import org.looplab.config.Banners;
import org.looplab.router.Router;

/**
 * What an SSH shell shows before its first prompt: the {@code banner motd}, then the {@code banner exec}.
 * The {@code banner login} went before authentication, as the SSH banner ({@link PreAuthBanner}).
 */
final class LoginBanners {
    private LoginBanners() {
    }

    /** Kernel thread. */
    static String render(Router router) {
        StringBuilder out = new StringBuilder();
        for (Banners.Kind kind : new Banners.Kind[] {Banners.Kind.MOTD, Banners.Kind.EXEC}) {
            String text = router.banners().text(kind);
            if (text != null) {
                out.append(text.startsWith("\n") ? text.substring(1) : text);
                if (!text.endsWith("\n")) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }
}

package org.looplab.ssh;

import java.util.Map;
import org.apache.sshd.common.channel.PtyMode;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;

/**
 * Terminal attributes from the modes a client sends in its pty-req (RFC 4254 section 8). SSH and JLine
 * use the POSIX names, so the mapping goes by name. Two modes are then forced: ISIG off (Ctrl-C and
 * Ctrl-Z reach the CLI as keys, not signals) and OPOST+ONLCR on (output lines end with "\r\n").
 */
final class PtyAttributes {
    private PtyAttributes() {
    }

    static Attributes from(Map<PtyMode, Integer> modes) {
        Attributes attributes = new Attributes();
        for (Map.Entry<PtyMode, Integer> mode : modes.entrySet()) {
            String name = mode.getKey().name();
            int value = mode.getValue();
            if (has(ControlChar.class, name)) {
                attributes.setControlChar(ControlChar.valueOf(name), value);
            } else if (has(LocalFlag.class, name)) {
                attributes.setLocalFlag(LocalFlag.valueOf(name), value != 0);
            } else if (has(InputFlag.class, name)) {
                attributes.setInputFlag(InputFlag.valueOf(name), value != 0);
            } else if (has(OutputFlag.class, name)) {
                attributes.setOutputFlag(OutputFlag.valueOf(name), value != 0);
            }
        }
        attributes.setLocalFlag(LocalFlag.ISIG, false);
        attributes.setOutputFlag(OutputFlag.OPOST, true);
        attributes.setOutputFlag(OutputFlag.ONLCR, true);
        attributes.setOutputFlag(OutputFlag.OCRNL, false);
        attributes.setOutputFlag(OutputFlag.ONLRET, false);
        return attributes;
    }

    private static <E extends Enum<E>> boolean has(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}

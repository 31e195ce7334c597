package org.looplab.cli.command;

import java.util.Locale;
import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;

/**
 * {@code ping} alone in privileged EXEC: IOS's extended ping, one question a line, Enter keeping the
 * default in brackets. The answers make the same ping as the one-line form; the extended commands are
 * asked and their answers other than the source and the DF bit kept as IOS's defaults (a lab has no ToS to show).
 * A bad answer ends the dialog with IOS's message.
 */
public final class ExtendedPingDialog implements Question {
    private enum Step {
        PROTOCOL("Protocol [ip]: "),
        TARGET("Target IP address: "),
        REPEAT("Repeat count [5]: "),
        SIZE("Datagram size [100]: "),
        TIMEOUT("Timeout in seconds [2]: "),
        EXTENDED("Extended commands [n]: "),
        SOURCE("Source address or interface: "),
        TOS("Type of service [0]: "),
        DF("Set DF bit in IP header? [no]: "),
        VALIDATE("Validate reply data? [no]: "),
        PATTERN("Data pattern [0x0000ABCD]: "),
        OPTIONS("Loose, Strict, Record, Timestamp, Verbose[none]: "),
        SWEEP("Sweep range of sizes [n]: ");

        private final String prompt;

        Step(String prompt) {
            this.prompt = prompt;
        }
    }

    private Step step = Step.PROTOCOL;
    private Ipv4Address target;
    private int repeat = PingCommand.REPEAT;
    private int size = PingCommand.SIZE_BYTES;
    private int timeout = PingCommand.TIMEOUT_SECONDS;
    private InterfaceName sourceInterface;
    private Ipv4Address sourceAddress;
    private boolean dontFragment;

    @Override
    public String prompt() {
        return step.prompt;
    }

    @Override
    public boolean isSecret() {
        return false;
    }

    @Override
    public void answer(String line, CommandContext context) {
        String answer = line.strip();
        String refusal = take(answer);
        if (refusal != null) {
            context.print(refusal + "\n");
            return;
        }
        if (step == null) {
            new PingCommand(target, sourceInterface, sourceAddress, repeat, size, timeout, null, dontFragment).run(context);
            return;
        }
        context.ask(this);
    }

    /** Takes one answer and moves to the next question (null after the last); returns IOS's refusal or null. */
    private String take(String answer) {
        switch (step) {
            case PROTOCOL -> {
                if (!answer.isEmpty() && !"ip".startsWith(answer.toLowerCase(Locale.ROOT))) {
                    return "% Unknown protocol - \"" + answer + "\", type \"ping ?\" for help";
                }
                step = Step.TARGET;
            }
            case TARGET -> {
                target = Ipv4Address.parse(answer);
                if (target == null) {
                    return "% Unrecognized host or address, or protocol not running.";
                }
                step = Step.REPEAT;
            }
            case REPEAT -> {
                Integer value = number(answer, repeat, 1, Integer.MAX_VALUE);
                if (value == null) {
                    return "% A decimal number between 1 and 2147483647.";
                }
                repeat = value;
                step = Step.SIZE;
            }
            case SIZE -> {
                Integer value = number(answer, size, PingCommand.MIN_SIZE, PingCommand.MAX_SIZE);
                if (value == null) {
                    return "% A decimal number between " + PingCommand.MIN_SIZE + " and " + PingCommand.MAX_SIZE + ".";
                }
                size = value;
                step = Step.TIMEOUT;
            }
            case TIMEOUT -> {
                Integer value = number(answer, timeout, 0, PingCommand.MAX_TIMEOUT);
                if (value == null) {
                    return "% A decimal number between 0 and " + PingCommand.MAX_TIMEOUT + ".";
                }
                timeout = value;
                step = Step.EXTENDED;
            }
            case EXTENDED -> step = yes(answer) ? Step.SOURCE : Step.SWEEP;
            case SOURCE -> {
                if (!answer.isEmpty()) {
                    sourceAddress = Ipv4Address.parse(answer);
                    if (sourceAddress == null) {
                        sourceInterface = InterfaceName.parse(answer);
                        if (sourceInterface == null) {
                            return "% Invalid source. Must use same-VRF IP address or full interface name without spaces (e.g. Serial0/1)";
                        }
                    }
                }
                step = Step.TOS;
            }
            case TOS -> step = Step.DF;
            case DF -> {
                dontFragment = yes(answer);
                step = Step.VALIDATE;
            }
            case VALIDATE -> step = Step.PATTERN;
            case PATTERN -> step = Step.OPTIONS;
            case OPTIONS -> step = Step.SWEEP;
            case SWEEP -> step = null;
        }
        return null;
    }

    private static boolean yes(String answer) {
        return !answer.isEmpty() && "yes".startsWith(answer.toLowerCase(Locale.ROOT));
    }

    /** The answer as a number in range, the default for an empty answer, null when it is neither. */
    private static Integer number(String answer, int fallback, int min, int max) {
        if (answer.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(answer);
            return value < min || value > max ? null : (int) value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

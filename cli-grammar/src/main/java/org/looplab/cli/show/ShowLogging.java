package org.looplab.cli.show;

import org.looplab.log.LogMessage;
import org.looplab.log.Syslog;
import org.looplab.router.Router;

/** {@code show logging}: the header of an IOSv router with buffered logging, then the buffer. */
public final class ShowLogging {
    private ShowLogging() {
    }

    public static String render(Router router) {
        Syslog log = router.log();
        long logged = log.messagesLogged();
        StringBuilder out = new StringBuilder();
        out.append("Syslog logging: enabled (0 messages dropped, 0 messages rate-limited, 0 flushes, "
                + "0 overruns, xml disabled, filtering disabled)\n\n");
        out.append("No Active Message Discriminator.\n\n\n\n");
        out.append("No Inactive Message Discriminator.\n\n\n");
        out.append("    Console logging: disabled\n");
        out.append("    Monitor logging: level debugging, 0 messages logged, xml disabled,\n");
        out.append("                     filtering disabled\n");
        out.append("    Buffer logging:  level ").append(log.bufferLevel().keyword()).append(", ").append(logged).append(" messages logged, xml disabled,\n");
        out.append("                    filtering disabled\n");
        out.append("    Exception Logging: size (4096 bytes)\n");
        out.append("    Count and timestamp logging messages: disabled\n");
        out.append("    Persistent logging: disabled\n\n");
        out.append("No active filter modules.\n\n");
        HostLogging.appendTrapSection(router, logged, out);
        out.append("Log Buffer (").append(log.bufferBytes()).append(" bytes):\n\n");
        for (LogMessage message : log.messages()) {
            String stamp = LogTimestamp.forLog(router, message.timeNanos());
            out.append(stamp == null ? "" : stamp + ": ").append(message.text()).append('\n');
        }
        return out.toString();
    }
}

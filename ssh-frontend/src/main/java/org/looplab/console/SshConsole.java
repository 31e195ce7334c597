package org.looplab.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.looplab.lab.RunningLab;
import org.looplab.ssh.ConsoleKeys;
import org.looplab.ssh.ConsoleSshServer;
import org.looplab.ssh.RouterEndpoint;

/** Starts the lab console's SSH endpoint ({@link ConsoleSshServer}): each channel a console of its own. */
public final class SshConsole {
    private SshConsole() {
    }

    public static ConsoleSshServer start(RunningLab running, List<RouterEndpoint> endpoints, int port, Path keyFolder,
            ConsoleKeys keys) throws IOException {
        java.util.function.Function<PrintStream, LabConsole> consoles = out -> {
            LabConsole console = new LabConsole(running.lab(), endpoints, out);
            console.useTimeline(running.timeline(), running.activity());
            return console;
        };
        return ConsoleSshServer.start(port, keyFolder, keys, channel -> new ConsoleChannel(consoles, null),
                (channel, command) -> new ConsoleChannel(consoles, command));
    }
}

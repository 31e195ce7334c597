package org.looplab.app;

import java.util.concurrent.Callable;
import org.looplab.access.SshConfigFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code looplab ssh-config [TOPOLOGY]}: {@code Host} blocks for ~/.ssh/config, so {@code ssh r1} works. */
@Command(name = "ssh-config", mixinStandardHelpOptions = true,
        description = "Print Host blocks for ~/.ssh/config (HostName, Port, User, HostKeyAlias): then ssh r1 works.")
public final class SshConfigCommand implements Callable<Integer> {
    @Mixin
    AccessOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return options.print(spec.commandLine(),
                (topology, hosts) -> SshConfigFile.render(topology.name(), topology.file().toString(), hosts));
    }
}

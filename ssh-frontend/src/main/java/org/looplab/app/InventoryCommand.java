package org.looplab.app;

import java.util.concurrent.Callable;
import org.looplab.access.InventoryFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code looplab inventory [TOPOLOGY] [--format ansible|nornir]}: the lab's routers for automation tools. */
@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = "Print an Ansible inventory (YAML, cisco.ios over network_cli) or a Nornir/Netmiko hosts file.")
public final class InventoryCommand implements Callable<Integer> {
    enum Format { ansible, nornir }

    @Mixin
    AccessOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ansible",
            description = "ansible (default) or nornir (SimpleInventory hosts file, Netmiko's cisco_ios)")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return options.print(spec.commandLine(), (topology, hosts) -> format == Format.nornir
                ? InventoryFile.nornir(topology.name(), hosts) : InventoryFile.ansible(topology.name(), hosts));
    }
}

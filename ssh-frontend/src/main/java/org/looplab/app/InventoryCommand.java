package org.looplab.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.looplab.access.HostAccess;
import org.looplab.access.InventoryFile;
import org.looplab.topology.Topology;
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
        var err = spec.commandLine().getErr();
        Topology topology = options.topology(err);
        if (topology == null) {
            return 2;
        }
        List<HostAccess> hosts = options.hosts(topology, err);
        if (hosts == null) {
            return 2;
        }
        var out = spec.commandLine().getOut();
        out.print(format == Format.nornir ? InventoryFile.nornir(topology.name(), hosts)
                : InventoryFile.ansible(topology.name(), hosts));
        out.flush();
        return 0;
    }
}

package org.looplab.cli.command;

import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;

/**
 * {@code default interface IF}: every setting of the interface back to its default, as IOS does by
 * running the default form of each of its lines: no address, no description, the kept and protocol lines
 * removed by their {@code no} form, a physical port shut (IOS's default for it), a loopback up. IOS says
 * "Interface NAME set to default configuration".
 */
public record DefaultInterface(InterfaceName name) implements Command {
    @Override
    public void run(CommandContext context) {
        Interface target = context.router().interfaceNamed(name);
        if (target == null) {
            return;
        }
        CliSession quiet = CliSession.configuring(context.router());
        quiet.execute("interface " + name.fullName());
        for (String line : RunningConfigWriter.renderInterface(target).split("\n")) {
            String setting = line.strip();
            if (!line.startsWith(" ") || setting.equals("shutdown") || setting.startsWith("no ")
                    || setting.startsWith("ip address ") || setting.startsWith("description ")) {
                continue;
            }
            quiet.execute("no " + setting);
        }
        context.router().removeAddress(target);
        context.router().setDescription(target, null);
        context.router().setShutdown(target, !target.isLoopback());
        context.print("Interface " + name.fullName() + " set to default configuration\n");
    }
}

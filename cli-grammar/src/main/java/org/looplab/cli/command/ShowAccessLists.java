package org.looplab.cli.command;

import org.looplab.acl.AccessLists;
import org.looplab.cli.show.ShowIpAccessLists;

/** {@code show access-lists [NAME]} and {@code show ip access-lists [NAME]}. */
public record ShowAccessLists(String name) implements Command {
    @Override
    public void run(CommandContext context) {
        AccessLists acls = context.router().attachmentIfPresent(AccessLists.class);
        context.print(acls == null ? "" : ShowIpAccessLists.render(acls, name));
    }
}

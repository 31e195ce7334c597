package org.looplab.cli.files;

import java.nio.charset.StandardCharsets;
import org.looplab.cli.command.Command;
import org.looplab.cli.command.CommandContext;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.files.Flash;
import org.looplab.router.Router;

/**
 * {@code copy SOURCE DESTINATION} between flash0:, nvram:startup-config, system:running-config and null:
 * (running-config to startup-config is {@code CopyRunningToStartup}, write memory's path). IOS asks
 * {@code Destination filename [NAME]?} and, before overwriting a flash file, to confirm; then reports
 * {@code N bytes copied in S secs (R bytes/sec)}. A copy into running-config merges, as IOS does.
 */
public record CopyFile(FileUrl source, FileUrl destination) implements Command {
    @Override
    public void run(CommandContext context) {
        if (source.isFileSystem() && source.system() != FileUrl.FileSystem.NULL) {
            context.ask(new Prompt("Source filename []? ", (answer, ctx) -> {
                if (answer.isEmpty()) {
                    ctx.print("%Error opening " + source.display() + " (Is a directory)\n");
                } else {
                    new CopyFile(source.withName(answer), destination).run(ctx);
                }
            }));
            return;
        }
        String preset = destination.isFileSystem() ? source.name() : destination.name();
        Prompt.filename(context, "Destination filename", preset, (name, ctx) -> copy(ctx, destination.withName(name)));
    }

    private void copy(CommandContext context, FileUrl target) {
        Router router = context.router();
        byte[] content = RouterFiles.read(router, source);
        if (content == null) {
            context.print(RouterFiles.missing("opening", source));
            return;
        }
        switch (target.system()) {
            case FLASH:
                if (Flash.of(router).get(target.name()) != null) {
                    Prompt.confirm(context, "%Warning:There is a file already existing with this name\n", "Do you want to over write? ",
                            () -> FlashWrites.put(context, target.name(), content, elapsed -> FlashWrites.copied(content.length, elapsed)));
                } else {
                    FlashWrites.put(context, target.name(), content, elapsed -> FlashWrites.copied(content.length, elapsed));
                }
                return;
            case SYSTEM:
                if (!target.name().equals("running-config")) {
                    context.print("%Error opening " + target.display() + " (Permission denied)\n");
                    return;
                }
                merge(context, new String(content, StandardCharsets.US_ASCII));
                context.print(FlashWrites.copied(content.length, 0));
                return;
            case NVRAM:
                if (!target.name().equals("startup-config")) {
                    context.print("%Error opening " + target.display() + " (Permission denied)\n");
                    return;
                }
                StartupConfigWrite.write(context, new String(content, StandardCharsets.US_ASCII),
                        elapsed -> "[OK]\n" + FlashWrites.copied(content.length, elapsed));
                return;
            default:
                context.print(FlashWrites.copied(content.length, 0));
        }
    }

    /** The file's lines applied over the running-config; refused lines are reported, as IOS prints them. */
    private void merge(CommandContext context, String text) {
        for (String warning : ConfigLoader.load(context.router(), text).warnings()) {
            context.print(warning + "\n");
        }
        var vty = context.vtySession();
        context.router().log("%SYS-5-CONFIG_I: Configured from " + source.display() + " by " + context.userName()
                + (vty == null ? " on console" : " on vty" + vty.vty() + " (" + context.peerAddress() + ")"));
    }
}

package org.looplab.cli.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.looplab.cli.command.Command;
import org.looplab.cli.command.CommandContext;
import org.looplab.cli.config.ConfigReplace;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.files.FileUrl;
import org.looplab.cli.files.FlashWrites;
import org.looplab.cli.files.Prompt;
import org.looplab.cli.files.RouterFiles;
import org.looplab.files.ConfigArchive;
import org.looplab.router.Router;

/**
 * {@code configure replace URL [force] [list] [revert trigger error|timer N] [time N]}: the running-config
 * becomes the file ({@link ConfigReplace}), answered as IOS does ({@code Total number of passes: 1},
 * {@code Rollback Done}). Without force IOS asks first; {@code list} prints the commands applied;
 * {@code revert trigger error} puts the old configuration back when a line of the file is refused;
 * a timer makes it a change to confirm ({@link ConfirmedChange}). Reverting needs the archive, as on IOS.
 */
public record ConfigureReplace(FileUrl url, boolean force, boolean list, boolean revertOnError, Integer revertMinutes)
        implements Command {
    @Override
    public void run(CommandContext context) {
        Router router = context.router();
        String text = RouterFiles.text(router, url);
        if (text == null) {
            context.print(RouterFiles.missing("opening", url));
            return;
        }
        ConfigArchive archive = router.attachmentIfPresent(ConfigArchive.class);
        if ((revertOnError || revertMinutes != null) && (archive == null || archive.path() == null)) {
            context.print("%Please turn config archive on before using Rollback Confirmed Change\n");
            return;
        }
        if (force) {
            replace(context, text);
            return;
        }
        context.print("This will apply all necessary additions and deletions\n"
                + "to replace the current running configuration with the\n"
                + "contents of the specified configuration file, which is\n"
                + "assumed to be a complete configuration, not a partial\n");
        context.ask(new Prompt("configuration. Enter Y if you are sure you want to proceed. ? [no]: ", (answer, ctx) -> {
            String yes = answer.toLowerCase(Locale.ROOT);
            if (yes.equals("y") || yes.equals("yes")) {
                replace(ctx, text);
            }
        }));
    }

    private void replace(CommandContext context, String text) {
        Router router = context.router();
        String before = RunningConfigWriter.render(router);
        ArchiveCopy backup = revertMinutes == null ? null : ArchiveCopy.make(router, before);
        if (backup != null) {
            context.print("Rollback Confirmed Change: Backing up current running config to " + backup.url() + "\n\n");
        }
        List<String> changes = new ArrayList<>();
        List<String> refused = ConfigReplace.replace(router, text, changes);
        if (list) {
            context.print("!Pass 1\n!List of Commands:\n" + String.join("\n", changes) + (changes.isEmpty() ? "" : "\n")
                    + "end\n");
        }
        refused.forEach(line -> context.print(line + "\n"));
        if (!refused.isEmpty() && revertOnError) {
            ConfigReplace.replace(router, before);
            context.print("Failed to apply command(s) of " + url.display() + "\n"
                    + "The original configuration has been successfully restored.\n");
            return;
        }
        context.print("Total number of passes: 1\nRollback Done\n");
        if (backup != null) {
            ConfirmedChange.of(router).start(router, backup.url(), before, revertMinutes, context.userName());
            context.defer(FlashWrites.persist(router, backup::persist, elapsed -> "", backup::undo,
                    "%Error writing " + FileUrl.parse(backup.url()).display()));
        }
    }
}

package org.looplab.cli.files;

import java.nio.charset.StandardCharsets;
import org.looplab.cli.command.Command;
import org.looplab.cli.command.CommandContext;

/** {@code more URL}: the file's text. */
public record ShowFile(FileUrl url) implements Command {
    @Override
    public void run(CommandContext context) {
        if (url.isFileSystem()) {
            context.print("%Error opening " + url.display() + " (Is a directory)\n");
            return;
        }
        byte[] content = RouterFiles.read(context.router(), url);
        if (content == null) {
            context.print(RouterFiles.missing("opening", url));
            return;
        }
        String text = new String(content, StandardCharsets.US_ASCII);
        context.print(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
    }
}

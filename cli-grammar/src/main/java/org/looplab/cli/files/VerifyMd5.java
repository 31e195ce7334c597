package org.looplab.cli.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.looplab.cli.command.Command;
import org.looplab.cli.command.CommandContext;

/**
 * {@code verify /md5 URL}: IOS's progress dots (one per 16 KB read, at least one), {@code Done!}, then
 * {@code verify /md5 (URL) = HEX}, the line Netmiko's file_transfer compares with its own MD5.
 */
public record VerifyMd5(FileUrl url) implements Command {
    private static final int BYTES_PER_DOT = 16384;

    @Override
    public void run(CommandContext context) {
        byte[] content = RouterFiles.read(context.router(), url);
        if (content == null) {
            context.print(RouterFiles.missing("opening", url));
            return;
        }
        context.print(".".repeat(Math.max(1, (content.length + BYTES_PER_DOT - 1) / BYTES_PER_DOT)) + "Done!\n"
                + "verify /md5 (" + url.typed() + ") = " + md5(content) + "\n\n");
    }

    static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}

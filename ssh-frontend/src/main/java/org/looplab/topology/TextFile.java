package org.looplab.topology;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a topology file or a startup-config as UTF-8 text, and says where it stops being text: a byte
 * that is not UTF-8, or a NUL (an image, an archive, a database file named by mistake).
 */
public final class TextFile {
    private TextFile() {
    }

    /** A file that is not text: the line (from 1) of the first byte that is not. */
    public static final class NotText extends IOException {
        private final int line;

        NotText(int line, String what) {
            super("not a text file: " + what + " at line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }

        /** "not a text file (a NUL byte)": for FILE:LINE: messages. */
        public String reason() {
            String message = getMessage();
            return message.substring(0, message.lastIndexOf(" at line "));
        }
    }

    public static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotText(lineAt(bytes, in.position()),
                    String.format("byte 0x%02x is not UTF-8", bytes[in.position()] & 0xff));
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                throw new NotText(lineAt(bytes, bytes.length), "it ends inside a UTF-8 character");
            }
        } catch (IllegalStateException e) {
            throw new CharacterCodingException();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new NotText(lineAt(bytes, i), "a NUL byte");
            }
        }
        out.flip();
        return out.toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}

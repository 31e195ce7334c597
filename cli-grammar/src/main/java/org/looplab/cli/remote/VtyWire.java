package org.looplab.cli.remote;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What an in-band session's TCP byte stream carries between two virtual routers: records of a type byte,
 * a 4-byte length and UTF-8 text. The client sends typed lines (and, for SSH, the user first); the server
 * sends output, and a prompt when it waits for the next line. {@code ?} and Tab at the client are asked
 * of the server, as a telnet or SSH client passes those keys through to the router that answers them. This stands in for the telnet and SSH
 * protocols' bytes: the lab simulates who may connect and whether the segments get through, not the
 * encryption. A record may arrive split across segments; the decoder reassembles it.
 */
final class VtyWire {
    static final byte LINE = 'L';
    static final byte USER = 'U';
    static final byte OUTPUT = 'O';
    static final byte PROMPT = 'P';
    static final byte SECRET_PROMPT = 'S';
    /** Client to server: '?' typed after the text; the server answers with a HELP_ANSWER. */
    static final byte HELP = 'H';
    static final byte HELP_ANSWER = 'h';
    /** Client to server: Tab after the text; the server answers with a COMPLETION (the completed line). */
    static final byte COMPLETE = 'T';
    static final byte COMPLETION = 't';
    /** Longest record a peer may send; a bigger length means a broken stream. */
    static final int MAX_RECORD = 1 << 20;

    record Frame(byte type, String text) {
    }

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    static byte[] encode(byte type, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(5 + bytes.length).put(type).putInt(bytes.length).put(bytes).array();
    }

    /** The complete records the new bytes finish, in order; null when the stream is broken. */
    List<Frame> feed(byte[] data) {
        pending.writeBytes(data);
        List<Frame> frames = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(pending.toByteArray());
        while (buffer.remaining() >= 5) {
            buffer.mark();
            byte type = buffer.get();
            int length = buffer.getInt();
            if (length < 0 || length > MAX_RECORD) {
                return null;
            }
            if (buffer.remaining() < length) {
                buffer.reset();
                break;
            }
            byte[] text = new byte[length];
            buffer.get(text);
            frames.add(new Frame(type, new String(text, StandardCharsets.UTF_8)));
        }
        pending.reset();
        pending.write(buffer.array(), buffer.position(), buffer.remaining());
        return frames;
    }
}

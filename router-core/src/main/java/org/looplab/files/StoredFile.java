package org.looplab.files;

import java.time.Instant;

/** A file of a router's flash: its name in {@code flash0:/}, its bytes and when it was last written (router clock). */
public record StoredFile(String name, byte[] content, Instant modified) {
    public int size() {
        return content.length;
    }
}

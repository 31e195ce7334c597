package org.looplab.ssh;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Sends a run of carriage returns as one. JLine ends an accepted line with its carriage-return capability
 * and a line feed that the line discipline turns into CR LF, so the echo would end {@code \r\r\n}; IOS
 * sends {@code \r\n}, and screen-scraping tools (Netmiko, Ansible) compare the echo byte for byte. A
 * second CR right after a CR moves nothing on a screen, so dropping it changes nothing a person sees.
 */
final class CrCollapsingOutputStream extends FilterOutputStream {
    private boolean lastWasCr;

    CrCollapsingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        boolean cr = (b & 0xff) == '\r';
        if (!(cr && lastWasCr)) {
            out.write(b);
        }
        lastWasCr = cr;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        byte[] kept = new byte[length];
        int n = 0;
        for (int i = offset; i < offset + length; i++) {
            boolean cr = bytes[i] == '\r';
            if (!(cr && lastWasCr)) {
                kept[n++] = bytes[i];
            }
            lastWasCr = cr;
        }
        out.write(kept, 0, n);
    }
}

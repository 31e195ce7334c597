package org.looplab.ssh;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Finds a run of free TCP ports on 127.0.0.1 for a lab under test (one port per router). */
public final class FreePorts {
    private FreePorts() {
    }

    public static int consecutive(int count) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = 20000 + (int) (Math.random() * 40000);
            List<ServerSocket> held = new ArrayList<>();
            try {
                for (int i = 0; i < count; i++) {
                    held.add(new ServerSocket(base + i, 1, InetAddress.getLoopbackAddress()));
                }
                return base;
            } catch (IOException taken) {
                // try another base
            } finally {
                for (ServerSocket socket : held) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // closing a probe socket
                    }
                }
            }
        }
        throw new IllegalStateException("no free ports");
    }
}

package org.looplab.app;

import org.looplab.lab.RunningLab;
import org.looplab.ssh.LabSshServer;

/** Stops a lab once, whichever comes first: {@code quit}, end of input, SIGTERM or Ctrl-C. */
final class LabShutdown implements Runnable {
    private final LabSshServer ssh;
    private final RunningLab running;
    private boolean done;

    LabShutdown(LabSshServer ssh, RunningLab running) {
        this.ssh = ssh;
        this.running = running;
    }

    @Override
    public synchronized void run() {
        if (done) {
            return;
        }
        done = true;
        ssh.close();
        running.close();
    }
}

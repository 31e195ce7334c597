package org.looplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug's class name and message go to errors.log; the console gets one line in our words. */
class InternalErrorsTest {
    @TempDir
    Path state;

    @Test
    void theConsoleGetsOneLineAndTheLogTheDetails() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Path log = state.resolve("errors.log");
        InternalErrors.logTo(log);
        InternalErrors.consoleTo(new PrintStream(console, true));
        try {
            InternalErrors.report("in an event at 5 ns (the lab goes on)", new IllegalStateException("boom"));
        } finally {
            InternalErrors.consoleTo(System.err);
            InternalErrors.logTo(null);
        }
        assertEquals("looplab: internal error in an event at 5 ns (the lab goes on) (details in " + log + ")\n",
                console.toString());
        String details = Files.readString(log);
        assertTrue(details.contains("java.lang.IllegalStateException: boom"), details);
        if (Files.getFileAttributeView(log, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            // owner-only like the rest of the state folder, whatever the umask
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(log)));
        }
    }
}

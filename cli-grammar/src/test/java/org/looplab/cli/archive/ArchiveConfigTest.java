package org.looplab.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.files.ConfigArchive;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** The archive block of a saved config: modelled lines applied, the logger's lines kept, written back as read. */
class ArchiveConfigTest {
    private static final String BLOCK = """
            archive
             log config
              logging enable
              hidekeys
             path flash:archive
             maximum 5
             write-memory
             time-period 1440
            !
            """;

    @Test
    void aSavedArchiveBlockRoundTrips() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        assertEquals(List.of(), ConfigLoader.apply(router, "hostname R1\n" + BLOCK + "end\n"));
        ConfigArchive archive = ConfigArchive.of(router);
        assertEquals("flash:archive", archive.path());
        assertEquals(5, archive.maximum());
        assertTrue(archive.writeMemory());
        String config = RunningConfigWriter.render(router);
        assertTrue(config.contains("""
                archive
                 log config
                  logging enable
                  hidekeys
                 path flash:archive
                 maximum 5
                 write-memory
                 time-period 1440
                !
                """), config);
        Router copy = new Lab("t2", new Kernel(2)).addRouter("R1");
        assertEquals(List.of(), ConfigLoader.apply(copy, config));
        assertEquals(config, RunningConfigWriter.render(copy));
    }
}

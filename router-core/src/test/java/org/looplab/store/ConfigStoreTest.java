package org.looplab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigStoreTest {
    @TempDir
    Path stateFolder;

    @Test
    void savedConfigsSurviveReopeningTheFile() throws SQLException {
        String url = ConfigStore.fileUrl(stateFolder);
        try (ConfigStore store = ConfigStore.open(url)) {
            assertEquals(Optional.empty(), store.loadStartupConfig("triangle", "r1"));
            store.saveStartupConfig("triangle", "r1", "hostname R1\n");
            store.saveStartupConfig("triangle", "r1", "hostname R1\ninterface Loopback1\n");
            store.saveStartupConfig("square", "r1", "hostname S1\n");
        }
        assertTrue(Files.exists(stateFolder.resolve("looplab.mv.db")));
        try (ConfigStore store = ConfigStore.open(url)) {
            assertEquals(Optional.of("hostname R1\ninterface Loopback1\n"), store.loadStartupConfig("triangle", "r1"));
            store.eraseLab("triangle");
            assertEquals(Optional.empty(), store.loadStartupConfig("triangle", "r1"));
            assertEquals(Optional.of("hostname S1\n"), store.loadStartupConfig("square", "r1"));
        }
    }

    @Test
    void refusesADatabaseFromANewerLooplab() throws SQLException {
        String url = ConfigStore.fileUrl(stateFolder);
        ConfigStore.open(url).close();
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("INSERT INTO schema_version VALUES (99)");
        }
        SQLException refused = assertThrows(SQLException.class, () -> ConfigStore.open(url));
        assertTrue(refused.getMessage().contains("schema version 99"), refused.getMessage());
    }
}

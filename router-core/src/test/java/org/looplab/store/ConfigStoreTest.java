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
    void flashFilesSurviveReopeningKeepTheirOrderAndGoWithTheLabsReset() throws SQLException {
        String url = ConfigStore.fileUrl(stateFolder);
        java.time.Instant when = java.time.Instant.parse("2026-12-01T20:00:00Z");
        try (ConfigStore store = ConfigStore.open(url)) {
            store.saveFile("triangle", "r1", new StoredFileFixture("b.cfg", "one").file(when));
            store.saveFile("triangle", "r1", new StoredFileFixture("a.cfg", "two").file(when));
            store.saveFile("triangle", "r1", new StoredFileFixture("b.cfg", "three").file(when.plusSeconds(5)));
            store.saveFile("triangle", "r2", new StoredFileFixture("c.cfg", "four").file(when));
            store.deleteFile("triangle", "r2", "c.cfg");
            store.saveFile("square", "r1", new StoredFileFixture("d.cfg", "five").file(when));
        }
        try (ConfigStore store = ConfigStore.open(url)) {
            var files = store.loadFiles("triangle");
            assertEquals(java.util.Set.of("r1"), files.keySet());
            assertEquals(java.util.List.of("b.cfg", "a.cfg"), files.get("r1").stream().map(f -> f.name()).toList());
            assertEquals("three", new String(files.get("r1").get(0).content()));
            assertEquals(when.plusSeconds(5), files.get("r1").get(0).modified());
            store.eraseLab("triangle");
            assertTrue(store.loadFiles("triangle").isEmpty());
            assertEquals(1, store.loadFiles("square").get("r1").size());
        }
    }

    private record StoredFileFixture(String name, String text) {
        org.looplab.files.StoredFile file(java.time.Instant when) {
            return new org.looplab.files.StoredFile(name, text.getBytes(java.nio.charset.StandardCharsets.US_ASCII), when);
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

    @Test
    void aSaveOnAFullDiskFailsAndTheNextOneAfterSpaceReturnsSucceeds() throws SQLException {
        FullDisk disk = new FullDisk(ConfigStore.fileUrl(stateFolder));
        try (ConfigStore store = ConfigStore.open(disk)) {
            store.saveStartupConfig("t", "r1", "hostname A\n");
            disk.fill();
            SQLException failed = assertThrows(SQLException.class, () -> store.saveStartupConfig("t", "r1", "hostname B\n"));
            assertEquals("No space left on device", StoreFailure.reason(failed));
            // Still full: connecting again fails the same way, and the store keeps trying.
            SQLException again = assertThrows(SQLException.class, () -> store.saveStartupConfig("t", "r1", "hostname B\n"));
            assertEquals("No space left on device", StoreFailure.reason(again));
            disk.free();
            store.saveStartupConfig("t", "r1", "hostname C\n");
            assertEquals(Optional.of("hostname C\n"), store.loadStartupConfig("t", "r1"));
            assertEquals(2, disk.connections());
        }
        try (ConfigStore store = ConfigStore.open(ConfigStore.fileUrl(stateFolder))) {
            assertEquals(Optional.of("hostname C\n"), store.loadStartupConfig("t", "r1"));
        }
    }

    @Test
    void failureReasonsAreIosWordsNeverDriverText() {
        assertEquals("No space left on device", StoreFailure.reason(new SQLException("x", "HY000", 90100)));
        assertEquals("Device is read-only", StoreFailure.reason(new SQLException("The database is read only", "90097", 90097)));
        assertEquals("Permission denied",
                StoreFailure.reason(new SQLException("x", new java.nio.file.AccessDeniedException("/s/looplab.mv.db"))));
        assertEquals("I/O error", StoreFailure.reason(new SQLException("org.h2.mvstore.MVStoreException: File corrupted")));
    }

    @Test
    void aClosedStoreStaysClosed() throws SQLException {
        ConfigStore store = ConfigStore.open(ConfigStore.fileUrl(stateFolder));
        store.close();
        assertThrows(SQLException.class, () -> store.loadStartupConfig("t", "r1"));
    }
}

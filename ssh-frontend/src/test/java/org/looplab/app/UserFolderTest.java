package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFolderTest {
    @Test
    void looplabHomeWinsOverTheHomeFolder() {
        assertEquals(Path.of("/tmp/lh"), UserFolder.of(Map.of("LOOPLAB_USER_DIR", "/tmp/lh"), "/home/ana"));
        assertEquals(Path.of("/home/ana/.looplab"), UserFolder.of(Map.of(), "/home/ana"));
        assertEquals(Path.of("/home/ana/.looplab"), UserFolder.of(Map.of("LOOPLAB_USER_DIR", " "), "/home/ana"));
    }
}

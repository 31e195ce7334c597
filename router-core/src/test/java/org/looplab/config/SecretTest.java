package org.looplab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SecretTest {
    @Test
    void hashesAsIosType5AndVerifies() {
        Secret secret = Secret.fromPlainText("admin", new Random(1));
        assertTrue(secret.hash().matches("\\$1\\$[./0-9A-Za-z]{4}\\$[./0-9A-Za-z]{22}"), secret.hash());
        assertTrue(secret.matches("admin"));
        assertFalse(secret.matches("Admin"));
        assertFalse(secret.toString().contains("admin"), "the plain text never shows");
    }

    @Test
    void acceptsHashesFromConfigsAndRejectsMalformedOnes() {
        // Cisco's documented example: "cisco" with salt mERr.
        Secret known = Secret.fromType5Hash("$1$mERr$hx5rVt7rPNoS4wqbXKX7m0");
        assertTrue(known.matches("cisco"));
        assertEquals(known, Secret.fromType5Hash("$1$mERr$hx5rVt7rPNoS4wqbXKX7m0"));
        assertNull(Secret.fromType5Hash("cisco"));
        assertNull(Secret.fromType5Hash("$9$abc$def"));
    }
}

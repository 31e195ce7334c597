package org.looplab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every credential form of IOS configs, checked against hashes that real IOS wrote. */
class SecretTypesTest {
    @Test
    void type8IsPbkdf2Sha256() {
        // Written by IOL 17.12 for "CHANGE-ME-ADMIN" (happypathnetworking.com's quelaag lab transcript).
        Secret secret = Secret.fromHash(8, "$8$1voYcxCzgJe3fk$Z4kRYP2QbB7qGsyiMIk1tIyZ42.Rq.zXGGvbYNEpfq2");
        assertNotNull(secret);
        assertTrue(secret.matches("CHANGE-ME-ADMIN"));
        assertFalse(secret.matches("CHANGE-ME-OPERATOR"));
        // hashcat's example of Cisco-IOS $8$ (mode 9200), password "hashcat".
        assertTrue(Secret.fromHash(8, "$8$TnGX/fE4KGHOVU$pEhnEvxrvaynpi8j4f.EMHr6M.FzU8xnZnBr/tJdFWk").matches("hashcat"));
    }

    @Test
    void type9IsScrypt() {
        // hashcat's example of Cisco-IOS $9$ (mode 9300), password "hashcat".
        Secret secret = Secret.fromHash(9, "$9$2MJBozw/9R3UsU$2lFhcKvpghcyw8deP25GOfyZaagyUOGBymkryvOdfo6");
        assertNotNull(secret);
        assertTrue(secret.matches("hashcat"));
        assertFalse(secret.matches("hashcar"));
    }

    @Test
    void plainTextHashedAsEachAlgorithmVerifies() {
        Random random = new Random(3);
        for (int type : new int[] {5, 8, 9}) {
            Secret secret = Secret.fromPlainText("lab pass", type, random);
            assertEquals(type, secret.type());
            assertTrue(secret.hash().startsWith("$" + (type == 5 ? 1 : type) + "$"), secret.hash());
            assertTrue(secret.matches("lab pass"));
            assertFalse(secret.matches("lab Pass"));
            assertEquals(secret, Secret.fromHash(type, secret.hash()));
        }
    }

    @Test
    void passwordsOfType0And7() {
        assertTrue(Secret.password("cisco").matches("cisco"));
        assertEquals("password 0 cisco", Secret.password("cisco").configText());
        Secret seven = Secret.type7Password("0822455D0A16"); // "cisco"
        assertNotNull(seven);
        assertTrue(seven.matches("cisco"));
        assertFalse(seven.matches("Cisco"));
        assertEquals("password 7 0822455D0A16", seven.configText());
        assertNull(Secret.type7Password("XYZ"));
        assertNull(Secret.fromHash(8, "$8$short$abc"));
        assertNull(Secret.fromHash(9, "not a hash"));
    }
}

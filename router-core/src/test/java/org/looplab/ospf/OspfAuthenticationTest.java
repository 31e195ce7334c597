package org.looplab.ospf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.router.Interface;
import org.looplab.scenario.OspfLab;

/** Authentication carried in the OSPF packets: a mismatch of type, password or key keeps the adjacency down. */
class OspfAuthenticationTest {
    private static final int[][] PAIR = {{1, 2}};

    private static boolean adjacent(OspfLab lab) {
        return !lab.ospf(1).neighbors().isEmpty() && lab.ospf(1).neighbors().get(0).state() == NeighborState.FULL;
    }

    @Test
    void areaMessageDigestWithMatchingKeysFormsAndAWrongKeyBreaksIt() {
        OspfLab lab = new OspfLab(1, 2, PAIR);
        Interface r1 = lab.end(1, 2, 1);
        Interface r2 = lab.end(1, 2, 2);
        for (int i = 1; i <= 2; i++) {
            lab.ospf(i).setAreaAuthentication(AreaId.BACKBONE, AuthenticationType.MESSAGE_DIGEST);
        }
        lab.router(1).ospf().setMessageDigestKey(r1, 1, "looplab");
        lab.router(2).ospf().setMessageDigestKey(r2, 1, "looplab");
        lab.run(60);
        assertTrue(adjacent(lab));
        assertEquals(AuthenticationType.MESSAGE_DIGEST, lab.ospf(1).ospfInterface(r1.name()).authenticationType());
        assertEquals(1, lab.ospf(1).ospfInterface(r1.name()).youngestKeyId());

        // r2 moves to key 2 alone: r1 has no key 2, drops every packet, and the dead timer ends the adjacency.
        lab.router(2).ospf().setMessageDigestKey(r2, 2, "other");
        lab.router(2).ospf().setMessageDigestKey(r2, 1, null);
        lab.run(60);
        assertTrue(lab.ospf(1).neighbors().isEmpty());
        assertTrue(lab.router(1).log().messages().stream().anyMatch(m -> m.text().contains(
                "from FULL to DOWN, Neighbor Down: Dead timer expired")));
        assertNull(lab.router(1).rib().get(OspfLab.loopbackPrefix(2)));
        assertEquals("% OSPF: Key 2 already exists", lab.router(2).ospf().setMessageDigestKey(r2, 2, "third"));

        // The same key under id 2 on r1: the adjacency comes back.
        lab.router(1).ospf().setMessageDigestKey(r1, 2, "other");
        lab.run(60);
        assertTrue(adjacent(lab));
    }

    @Test
    void typeAndPasswordMustMatch() {
        OspfLab lab = new OspfLab(1, 2, PAIR);
        Interface r1 = lab.end(1, 2, 1);
        Interface r2 = lab.end(1, 2, 2);
        lab.router(1).ospf().setAuthentication(r1, AuthenticationType.SIMPLE);
        lab.router(1).ospf().setAuthenticationKey(r1, "secret");
        lab.run(60);
        assertTrue(lab.ospf(1).neighbors().isEmpty(), "type 1 against type 0");
        lab.router(2).ospf().setAuthentication(r2, AuthenticationType.SIMPLE);
        lab.router(2).ospf().setAuthenticationKey(r2, "wrong");
        lab.run(60);
        assertTrue(lab.ospf(1).neighbors().isEmpty(), "another password");
        // Only the first 8 characters travel.
        lab.router(1).ospf().setAuthenticationKey(r1, "password1");
        lab.router(2).ospf().setAuthenticationKey(r2, "password2");
        lab.run(60);
        assertTrue(adjacent(lab));
        // "ip ospf authentication null" on both ends overrides an area's type.
        for (int i = 1; i <= 2; i++) {
            lab.ospf(i).setAreaAuthentication(AreaId.BACKBONE, AuthenticationType.SIMPLE);
        }
        lab.router(1).ospf().setAuthentication(r1, AuthenticationType.NULL);
        lab.router(2).ospf().setAuthentication(r2, AuthenticationType.NULL);
        lab.run(60);
        assertTrue(adjacent(lab));
        assertEquals(AuthenticationType.NULL, lab.ospf(2).ospfInterface(r2.name()).authenticationType());
    }
}

package org.looplab.vty;

import java.util.List;

/**
 * The cipher and MAC of an in-band SSH session between two routers, chosen as RFC 4253 section 7.1 says
 * (the first algorithm of the client's list that the server also supports) from the lists an IOS 15
 * router offers as client and as server. The simulated session carries no encryption; this is what a
 * pair of IOS 15 routers would agree on, and what {@code show ssh} reports for it.
 */
public final class SshAlgorithmChoice {
    /** IOS 15's encryption list, client and server alike. */
    public static final List<String> IOS_ENCRYPTION = List.of("aes128-ctr", "aes192-ctr", "aes256-ctr",
            "aes128-cbc", "3des-cbc", "aes192-cbc", "aes256-cbc");
    /** IOS 15's MAC list. */
    public static final List<String> IOS_HMAC = List.of("hmac-sha1", "hmac-sha1-96");

    public static final String ENCRYPTION = choose(IOS_ENCRYPTION, IOS_ENCRYPTION);
    public static final String HMAC = choose(IOS_HMAC, IOS_HMAC);

    private SshAlgorithmChoice() {
    }

    /** RFC 4253 section 7.1: the client's first algorithm that the server lists too, or null. */
    public static String choose(List<String> client, List<String> server) {
        return client.stream().filter(server::contains).findFirst().orElse(null);
    }
}

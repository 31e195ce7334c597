package org.looplab.cli.show;

/**
 * {@code show hosts}: the default domain, the lookup style ({@code no ip domain lookup}: static mappings) and the
 * name cache, empty since no {@code ip host} or name server is modelled.
 */
public final class ShowHosts {
    private ShowHosts() {
    }

    public static String render(String domainName, boolean domainLookup) {
        return (domainName == null ? "Default domain is not set\n" : "Default domain is " + domainName + "\n")
                + (domainLookup ? "Name/address lookup uses domain service\n" : "Name/address lookup uses static mappings\n")
                + "Name servers are 255.255.255.255\n\n"
                + "Codes: UN - unknown, EX - expired, OK - OK, ?? - revalidate\n"
                + "       temp - temporary, perm - permanent\n"
                + "       NA - Not Applicable None - Not defined\n\n"
                + "Host                      Port  Flags      Age Type   Address(es)\n";
    }
}

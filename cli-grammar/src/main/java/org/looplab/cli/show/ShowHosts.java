package org.looplab.cli.show;

/** {@code show hosts}: the name cache, empty since no {@code ip host} or name server is modelled. */
public final class ShowHosts {
    private ShowHosts() {
    }

    public static String render() {
        return "Default domain is not set\n"
                + "Name/address lookup uses domain service\n"
                + "Name servers are 255.255.255.255\n\n"
                + "Codes: UN - unknown, EX - expired, OK - OK, ?? - revalidate\n"
                + "       temp - temporary, perm - permanent\n"
                + "       NA - Not Applicable None - Not defined\n\n"
                + "Host                      Port  Flags      Age Type   Address(es)\n";
    }
}

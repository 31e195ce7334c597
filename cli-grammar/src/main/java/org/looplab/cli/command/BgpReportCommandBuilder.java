package org.looplab.cli.command;

import static org.looplab.cli.command.ArgumentValues.address;
import static org.looplab.cli.command.ArgumentValues.asNumber;

import org.antlr.v4.runtime.Token;
import org.looplab.bgp.ClearMode;
import org.looplab.cli.grammar.IosParser.Exec_clear_ip_bgpContext;
import org.looplab.cli.grammar.IosParser.Exec_show_bgpContext;
import org.looplab.cli.grammar.IosParser.Exec_show_bgp_reportContext;
import org.looplab.cli.grammar.IosParser.Exec_show_ip_bgpContext;
import org.looplab.cli.grammar.IosParser.Exec_show_tcpContext;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/**
 * Typed commands of the BGP and TCP reports and of {@code clear ip bgp} (Ios_bgp.g4's exec rules). A mask
 * that is not contiguous or a prefix length over 32 gets the caret under the word.
 */
final class BgpReportCommandBuilder {
    private BgpReportCommandBuilder() {
    }

    static Command showIpBgp(Exec_show_ip_bgpContext show) {
        if (show.all != null) {
            return ShowBgp.of(ShowBgp.Report.ALL_VRFS);
        }
        return report(show.vrf == null ? null : show.vrf.getText(), show.exec_show_bgp_report());
    }

    static Command showBgp(Exec_show_bgpContext show) {
        if (show.ALL() != null) {
            return ShowBgp.of(ShowBgp.Report.SUMMARY_ALL);
        }
        return report(show.vrf == null ? null : show.vrf.getText(), show.exec_show_bgp_report());
    }

    static Command showTcp(Exec_show_tcpContext show) {
        return new ShowTcp(show.ALL() != null);
    }

    static Command clear(Exec_clear_ip_bgpContext clear) {
        ClearMode mode = clear.SOFT() == null ? ClearMode.HARD
                : clear.IN() != null ? ClearMode.SOFT_IN
                : clear.OUT() != null ? ClearMode.SOFT_OUT : ClearMode.SOFT;
        String vrf = clear.vrf == null ? null : clear.vrf.getText();
        if (clear.neighbor != null) {
            return new ClearBgp(vrf, address(clear.neighbor), null, mode);
        }
        if (clear.bgp_asn() != null) {
            return new ClearBgp(vrf, null, asNumber(clear.bgp_asn()), mode);
        }
        return new ClearBgp(vrf, null, null, mode);
    }

    /** A report of the global table ({@code vrf} null) or of a VRF's. */
    private static Command report(String vrf, Exec_show_bgp_reportContext report) {
        if (report == null) {
            return new ShowBgp(ShowBgp.Report.TABLE, vrf, null, null, null);
        }
        if (report.SUMMARY() != null) {
            return new ShowBgp(ShowBgp.Report.SUMMARY, vrf, null, null, null);
        }
        if (report.NEIGHBORS() != null) {
            if (report.neighbor == null) {
                return new ShowBgp(ShowBgp.Report.NEIGHBORS, vrf, null, null, null);
            }
            ShowBgp.Report which = report.ADVERTISED_ROUTES() != null ? ShowBgp.Report.ADVERTISED_ROUTES
                    : report.RECEIVED_ROUTES() != null ? ShowBgp.Report.RECEIVED_ROUTES
                    : report.ROUTES() != null ? ShowBgp.Report.ROUTES : ShowBgp.Report.NEIGHBORS;
            return new ShowBgp(which, vrf, address(report.neighbor), null, null);
        }
        if (report.prefix != null) {
            return new ShowBgp(ShowBgp.Report.ENTRY, vrf, null, null, prefix(report.prefix));
        }
        Ipv4Address address = address(report.address);
        if (report.mask == null) {
            return new ShowBgp(ShowBgp.Report.ENTRY, vrf, null, address, null);
        }
        int length = Ipv4Prefix.lengthOfMask(address(report.mask));
        if (length < 0) {
            throw new InvalidArgumentException(report.mask.getCharPositionInLine());
        }
        return new ShowBgp(ShowBgp.Report.ENTRY, vrf, null, address, Ipv4Prefix.containing(address, length));
    }

    private static Ipv4Prefix prefix(Token token) {
        String[] parts = token.getText().split("/");
        Ipv4Address address = Ipv4Address.parse(parts[0]);
        int length = Integer.parseInt(parts[1]);
        if (address == null || length > 32) {
            throw new InvalidArgumentException(token.getCharPositionInLine());
        }
        return Ipv4Prefix.containing(address, length);
    }
}

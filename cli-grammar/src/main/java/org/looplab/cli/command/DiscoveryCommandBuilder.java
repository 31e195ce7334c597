package org.looplab.cli.command;

import org.antlr.v4.runtime.ParserRuleContext;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.discovery.Cdp;
import org.looplab.discovery.LinkDiscovery;
import org.looplab.discovery.Lldp;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * Typed commands of Ios_discovery.g4: CDP's and LLDP's switches and timers, per port and global, and their
 * reports. {@link CommandBuilder} asks here; {@link #build} answers null for rules that are not ours.
 */
final class DiscoveryCommandBuilder {
    private final Router router;

    DiscoveryCommandBuilder(Router router) {
        this.router = router;
    }

    Command build(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_discoveryContext set) {
            return global(set.protocol.getType() == IosLexer.LLDP, set.RUN() != null, set.TIMER() != null, set.seconds);
        }
        if (ctx instanceof Cfg_noContext no && no.cfg_no_discovery() != null) {
            Cfg_no_discoveryContext off = no.cfg_no_discovery();
            boolean lldp = off.protocol.getType() == IosLexer.LLDP;
            if (off.RUN() != null) {
                return new ChangeDiscovery(lldp, (protocol, context) -> protocol.setEnabled(false));
            }
            boolean timer = off.TIMER() != null;
            return new ChangeDiscovery(lldp, (protocol, context) -> {
                if (timer) {
                    protocol.setTimerSeconds(lldp ? Lldp.DEFAULT_TIMER_SECONDS : Cdp.DEFAULT_TIMER_SECONDS);
                } else {
                    protocol.setHoldtimeSeconds(lldp ? Lldp.DEFAULT_HOLDTIME_SECONDS : Cdp.DEFAULT_HOLDTIME_SECONDS);
                }
            });
        }
        if (ctx instanceof If_discoveryContext port) {
            return perPort(port, true);
        }
        if (ctx instanceof If_noContext no && no.if_discovery() != null) {
            return perPort(no.if_discovery(), false);
        }
        Exec_show_publicContext shown = CommandBuilder.showPublic(ctx);
        return shown == null || shown.exec_show_discovery() == null ? null : show(shown.exec_show_discovery());
    }

    private static Command global(boolean lldp, boolean run, boolean timer, org.antlr.v4.runtime.Token seconds) {
        if (run) {
            return new ChangeDiscovery(lldp, (protocol, context) -> protocol.setEnabled(true));
        }
        if (timer) {
            int value = lldp ? ArgumentValues.number(seconds, 5, 65534) : ArgumentValues.number(seconds, 5, 254);
            return new ChangeDiscovery(lldp, (protocol, context) -> protocol.setTimerSeconds(value));
        }
        int value = lldp ? ArgumentValues.number(seconds, 0, 65535) : ArgumentValues.number(seconds, 10, 255);
        return new ChangeDiscovery(lldp, (protocol, context) -> protocol.setHoldtimeSeconds(value));
    }

    /** cdp enable (both directions), lldp transmit, lldp receive; {@code on} false for the no forms. */
    private static Command perPort(If_discoveryContext port, boolean on) {
        if (port.CDP() != null) {
            return new ChangeDiscovery(false, (protocol, context) -> {
                protocol.setTransmitsOn(context.currentInterface().name(), on);
                protocol.setReceivesOn(context.currentInterface().name(), on);
            });
        }
        boolean transmit = port.TRANSMIT() != null;
        return new ChangeDiscovery(true, (protocol, context) -> {
            if (transmit) {
                protocol.setTransmitsOn(context.currentInterface().name(), on);
            } else {
                protocol.setReceivesOn(context.currentInterface().name(), on);
            }
        });
    }

    private Command show(Exec_show_discoveryContext show) {
        boolean lldp = show.LLDP() != null;
        Interface only = show.interface_name() == null ? null
                : router.interfaceNamed(ArgumentValues.existingInterface(router, show.interface_name()));
        ShowDiscovery.Report report;
        if (show.NEIGHBORS() != null) {
            boolean detail = show.DETAIL() != null;
            report = lldp ? (detail ? ShowDiscovery.Report.LLDP_DETAIL : ShowDiscovery.Report.LLDP_NEIGHBORS)
                    : (detail ? ShowDiscovery.Report.CDP_DETAIL : ShowDiscovery.Report.CDP_NEIGHBORS);
        } else if (show.ENTRY() != null) {
            return new ShowDiscovery(ShowDiscovery.Report.CDP_ENTRY, null, show.name == null ? "*" : show.name.getText());
        } else if (show.INTERFACE() != null) {
            report = lldp ? ShowDiscovery.Report.LLDP_INTERFACE : ShowDiscovery.Report.CDP_INTERFACE;
        } else if (show.TRAFFIC() != null) {
            report = lldp ? ShowDiscovery.Report.LLDP_TRAFFIC : ShowDiscovery.Report.CDP_TRAFFIC;
        } else {
            report = lldp ? ShowDiscovery.Report.LLDP : ShowDiscovery.Report.CDP;
        }
        return new ShowDiscovery(report, only, null);
    }
}

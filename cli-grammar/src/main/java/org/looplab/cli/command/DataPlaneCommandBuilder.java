package org.looplab.cli.command;

import org.antlr.v4.runtime.ParserRuleContext;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * Typed commands of Ios_dataplane.g4 (interface counters, IP statistics and the ARP cache) and of the interface's {@code arp timeout}, {@code bandwidth}, {@code mtu}, {@code ip mtu}, {@code duplex} and {@code speed}. {@link CommandBuilder} asks
 * here; {@link #build} answers null for rules that are not ours.
 */
final class DataPlaneCommandBuilder {
    private final Router router;

    DataPlaneCommandBuilder(Router router) {
        this.router = router;
    }

    Command build(ParserRuleContext ctx) {
        if (ctx instanceof Exec_clear_countersContext clear) {
            return new ClearCounters(interfaceOrNull(clear.interface_name()));
        }
        Exec_show_dataplaneContext show = null;
        if (ctx instanceof Exec_showContext exec && exec.exec_show_public() != null) {
            show = exec.exec_show_public().exec_show_dataplane();
        } else if (ctx instanceof Exec_user_showContext user) {
            show = user.exec_show_public().exec_show_dataplane();
        }
        if (ctx instanceof If_arp_timeoutContext timeout) {
            long seconds = ArgumentValues.longNumber(timeout.seconds, 0, 2147483);
            return new SetArpTimeout(seconds * 1_000_000_000L);
        }
        if (ctx instanceof If_noContext no && no.if_no_arp_timeout() != null) {
            return new SetArpTimeout(Interface.DEFAULT_ARP_TIMEOUT_NANOS);
        }
        if (ctx instanceof If_bandwidthContext bandwidth) {
            long kbps = ArgumentValues.longNumber(bandwidth.kbps, 1, 10_000_000);
            return context -> context.router().setBandwidth(context.currentInterface(), kbps);
        }
        if (ctx instanceof If_noContext no && no.if_no_bandwidth() != null) {
            return context -> context.router().setBandwidth(context.currentInterface(), 0);
        }
        if (ctx instanceof If_mtuContext mtu) {
            boolean ip = mtu.IP() != null;
            return new SetMtu(ip, ArgumentValues.number(mtu.bytes, ip ? SetMtu.MIN_IP : SetMtu.MIN, SetMtu.MAX),
                    mtu.bytes.getCharPositionInLine(), ArgumentValues.lineText(mtu));
        }
        if (ctx instanceof If_noContext no && no.if_no_mtu() != null) {
            return new SetMtu(no.if_no_mtu().IP() != null, 0, 0, "no " + ArgumentValues.lineText(no.if_no_mtu()));
        }
        if (ctx instanceof If_port_settingContext port) {
            return SetPortSetting.of(port);
        }
        if (ctx instanceof If_noContext no && no.if_no_port_setting() != null) {
            return SetPortSetting.reset(no.if_no_port_setting());
        }
        if (ctx instanceof Exec_clear_arp_cacheContext clear) {
            return new ClearArpCache(interfaceOrNull(clear.interface_name()));
        }
        if (show == null) {
            return null;
        }
        if (show.TRAFFIC() != null) {
            return new ShowIpTrafficCommand();
        }
        if (show.CEF() != null) {
            return new ShowIpCefCommand(show.address == null ? null : ArgumentValues.address(show.address),
                    show.mask == null ? null : ArgumentValues.address(show.mask), show.DETAIL() != null);
        }
        return new ShowIpArpCommand(show.address == null ? null : ArgumentValues.address(show.address),
                interfaceOrNull(show.interface_name()));
    }

    private Interface interfaceOrNull(Interface_nameContext named) {
        return named == null ? null : router.interfaceNamed(ArgumentValues.existingInterface(router, named));
    }
}

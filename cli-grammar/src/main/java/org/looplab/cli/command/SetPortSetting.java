package org.looplab.cli.command;

import org.looplab.cli.grammar.IosParser.If_no_port_settingContext;
import org.looplab.cli.grammar.IosParser.If_port_settingContext;
import org.looplab.router.Duplex;
import org.looplab.router.Interface;

/**
 * {@code duplex full|half|auto} ({@code isDuplex}) or {@code speed 10|100|1000|auto} (0 for auto), null for
 * their {@code no} forms. Only an Ethernet port has them: elsewhere the line is kept as written, without
 * behaviour, as before they were modelled.
 */
public record SetPortSetting(boolean isDuplex, Duplex duplex, Integer speedMbps, String lineText) implements Command {
    static SetPortSetting of(If_port_settingContext line) {
        String text = ArgumentValues.lineText(line);
        if (line.DUPLEX() != null) {
            return new SetPortSetting(true, line.FULL() != null ? Duplex.FULL : line.HALF() != null ? Duplex.HALF
                    : Duplex.AUTO, null, text);
        }
        int mbps = 0;
        if (line.mbps != null) {
            mbps = ArgumentValues.number(line.mbps, 10, 1000);
            if (mbps != 10 && mbps != 100 && mbps != 1000) {
                throw new InvalidArgumentException(line.mbps.getCharPositionInLine());
            }
        }
        return new SetPortSetting(false, null, mbps, text);
    }

    static SetPortSetting reset(If_no_port_settingContext line) {
        return new SetPortSetting(line.DUPLEX() != null, null, null, "no " + ArgumentValues.lineText(line));
    }

    @Override
    public void run(CommandContext context) {
        Interface port = context.currentInterface();
        if (!port.name().isPhysicalPort()) {
            new KeepInertLine(lineText, true).run(context);
        } else if (isDuplex) {
            context.router().setDuplex(port, duplex);
        } else {
            context.router().setSpeed(port, speedMbps);
        }
    }
}

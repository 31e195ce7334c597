package org.looplab.cli.command;

import org.looplab.config.TerminalLine;

/** {@code line vty 0 4}: selects (or adds) that line block and enters config-line mode. */
public record EnterTerminalLine(TerminalLine.Kind kind, int first, int last) implements Command {
    @Override
    public void run(CommandContext context) {
        TerminalLine selected = null;
        for (TerminalLine line : context.router().terminalLines()) {
            if (line.kind() == kind && line.first() == first && line.last() == last) {
                selected = line;
            }
        }
        if (selected == null) {
            selected = new TerminalLine(kind, first, last);
            context.router().terminalLines().add(selected);
        }
        context.enterLine(selected);
    }
}

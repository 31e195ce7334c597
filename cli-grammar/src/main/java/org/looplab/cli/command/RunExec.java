package org.looplab.cli.command;

/** {@code do COMMAND}: an EXEC command run from a configuration mode, which stays. */
public record RunExec(Command execCommand) implements Command {
    @Override
    public void run(CommandContext context) {
        execCommand.run(context);
    }
}

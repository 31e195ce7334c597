package org.looplab.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code looplab} command: {@code looplab run|validate|ssh-config|inventory|events [TOPOLOGY] [options]}, {@code looplab import FILE}. */
@Command(name = "looplab", mixinStandardHelpOptions = true, version = "looplab 0.1.0",
        description = "A lab of virtual IOS-like routers in one JVM, each reachable over SSH.",
        subcommands = {RunCommand.class, SshConfigCommand.class, InventoryCommand.class, EventsCommand.class, ValidateCommand.class, GenerateCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class})
public final class Looplab implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // MINA SSHD logs through SLF4J: keep its informational chatter off the console.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Looplab())
                .setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
                    // Last resort: one line, never a stack trace.
                    org.looplab.sim.InternalErrors.report("(looplab stopped)", failure);
                    return 1;
                });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

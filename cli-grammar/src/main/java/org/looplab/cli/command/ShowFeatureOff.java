package org.looplab.cli.command;

import org.looplab.cli.show.ShowFeaturesOff;

/**
 * A report of a feature a looplab router does not run, answered as an IOSv with the feature off: IOS's
 * message ({@code %SNMP agent not enabled}), an empty table, or the figures of a virtual chassis.
 */
public record ShowFeatureOff(Report report) implements Command {
    public enum Report { ACCESS_LISTS, INVENTORY, PROCESSES_CPU, INTERFACES_SUMMARY, NTP, ENVIRONMENT, LACP_SYS_ID, SNMP }

    @Override
    public void run(CommandContext context) {
        context.print(switch (report) {
            case ACCESS_LISTS, ENVIRONMENT -> "";
            case INVENTORY -> ShowFeaturesOff.inventory(context.router());
            case PROCESSES_CPU -> ShowFeaturesOff.processesCpu(context.router());
            case INTERFACES_SUMMARY -> ShowFeaturesOff.interfacesSummary(context.router());
            case NTP -> "%NTP is not enabled.\n";
            case LACP_SYS_ID -> ShowFeaturesOff.lacpSystemId(context.router());
            case SNMP -> "%SNMP agent not enabled\n";
        });
    }
}

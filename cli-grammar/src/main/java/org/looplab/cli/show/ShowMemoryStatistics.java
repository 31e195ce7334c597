package org.looplab.cli.show;

/**
 * {@code show memory statistics} with an IOSv's pools: the figures are fixed, since a virtual router has
 * no heap of its own; the total matches the 460137K of {@code show version}. Ansible's ios_facts reads the
 * Processor line for memtotal_mb and memfree_mb.
 */
public final class ShowMemoryStatistics {
    private ShowMemoryStatistics() {
    }

    public static String render() {
        return "                Head    Total(b)     Used(b)     Free(b)   Lowest(b)  Largest(b)\n"
                + "Processor  7F1E7F5E2010   471180288   218340584   252839704   251013352   251359484\n"
                + " lsmpi_io  7F1E7EFE11A8     6295128     6294304         824         824         412\n";
    }
}

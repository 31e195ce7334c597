package org.looplab.cli.show;

/**
 * {@code dir}: flash0: of an IOSv, holding its image and nothing the lab writes (saved configs live in
 * the lab's database, shown as nvram:). Ansible's ios_facts reads the "Directory of" and total lines.
 */
public final class FlashDirectory {
    private FlashDirectory() {
    }

    public static String render() {
        return "Directory of flash0:/\n"
                + "\n"
                + "    1  -rw-   147639164   Aug 5 2022 10:58:00 +00:00  vios-adventerprisek9-m\n"
                + "\n"
                + "2142715904 bytes total (1994661888 bytes free)\n";
    }
}

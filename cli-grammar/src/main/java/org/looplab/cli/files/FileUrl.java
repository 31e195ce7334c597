package org.looplab.cli.files;

import java.util.Locale;

/**
 * A file named on the command line, as IOSv reads it: {@code flash0:x.cfg}, {@code flash0:/x.cfg},
 * {@code flash:x.cfg} (flash: is flash0:), {@code x.cfg} (on flash0:, the default file system),
 * {@code nvram:startup-config}, {@code system:running-config}, {@code null:}, and the aliases
 * {@code startup-config} and {@code running-config}. {@code name} is empty for a file system alone.
 */
public record FileUrl(FileSystem system, String name, String typed) {
    /** The file systems of an IOSv that looplab has. */
    public enum FileSystem {
        FLASH("flash0:"), NVRAM("nvram:"), SYSTEM("system:"), NULL("null:");

        private final String prefix;

        FileSystem(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public static final FileUrl RUNNING_CONFIG = new FileUrl(FileSystem.SYSTEM, "running-config", "running-config");
    public static final FileUrl STARTUP_CONFIG = new FileUrl(FileSystem.NVRAM, "startup-config", "startup-config");

    /** The url of a typed word, or null when it names a file system this router lacks. */
    public static FileUrl parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("running-config")) {
            return RUNNING_CONFIG;
        }
        if (lower.equals("startup-config")) {
            return STARTUP_CONFIG;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new FileUrl(FileSystem.FLASH, text, text);
        }
        String prefix = lower.substring(0, colon + 1);
        String rest = text.substring(colon + 1);
        while (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        for (FileSystem system : FileSystem.values()) {
            if (prefix.equals(system.prefix) || system == FileSystem.FLASH && prefix.equals("flash:")) {
                return new FileUrl(system, rest, text);
            }
        }
        return null;
    }

    public boolean isFileSystem() {
        return name.isEmpty();
    }

    /** The url IOS prints in messages: {@code flash0:/x.cfg}, {@code nvram:startup-config}. */
    public String display() {
        return system == FileSystem.FLASH ? system.prefix + "/" + name : system.prefix + name;
    }

    /** The same file system with another file name (a prompt's answer). */
    public FileUrl withName(String other) {
        return new FileUrl(system, other, system.prefix + other);
    }
}

package org.looplab.cli.show;

/** {@code show startup-config}: the saved text with IOS's NVRAM usage line. */
public final class ShowStartupConfig {
    /** The NVRAM size an IOSv router reports. */
    public static final int NVRAM_BYTES = 262144;

    private ShowStartupConfig() {
    }

    /** {@code show startup-config} of a saved config text, or of nothing (null) saved yet. */
    public static String render(String savedConfig) {
        if (savedConfig == null) {
            return "startup-config is not present\n";
        }
        return "Using " + savedConfig.length() + " out of " + NVRAM_BYTES + " bytes\n" + savedConfig;
    }
}

package org.looplab.ssh;

/** What a shell asks the CLI while a line is being typed: {@code ?} help and Tab completion. */
interface LineAssistant {
    /** The help for {@code ?} typed after {@code typed}, ending in a blank line. */
    String help(String typed);

    /** The line after Tab: its last word completed, or unchanged. */
    String complete(String typed);
}

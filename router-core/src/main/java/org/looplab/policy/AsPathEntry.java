package org.looplab.policy;

import java.util.regex.Pattern;

/** {@code ip as-path access-list N permit|deny REGEXP}: the regexp as typed and compiled. */
public record AsPathEntry(boolean permit, String regex, Pattern pattern) {
    public boolean matches(String asPathText) {
        return pattern.matcher(asPathText).find();
    }
}

package org.looplab.policy;

import java.util.List;

/** A {@code match ...} clause of a route-map entry; several names in one clause match if any does. */
public sealed interface RouteMapMatch {
    /** {@code match ip address prefix-list NAME...}. */
    record PrefixList(List<String> names) implements RouteMapMatch {
    }

    /** {@code match as-path N...}. */
    record AsPath(List<Integer> lists) implements RouteMapMatch {
    }

    /** {@code match community NAME... [exact-match]}. */
    record Community(List<String> lists, boolean exactMatch) implements RouteMapMatch {
    }
}

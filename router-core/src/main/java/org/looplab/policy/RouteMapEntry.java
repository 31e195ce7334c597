package org.looplab.policy;

import java.util.List;

/**
 * {@code route-map NAME permit|deny SEQ} with its clauses. An entry matches when every match clause does
 * (an entry without one matches everything); the first matching entry decides.
 */
public record RouteMapEntry(int sequence, boolean permit, List<RouteMapMatch> matches, List<RouteMapSet> sets) {
}

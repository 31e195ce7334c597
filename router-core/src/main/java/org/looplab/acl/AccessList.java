package org.looplab.acl;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbered or named IPv4 access list: its lines in order (rules by sequence number, remarks where they
 * were typed), first match wins, an implicit {@code deny any} at the end. Numbers 1-99 and 1300-1999 are
 * standard, 100-199 and 2000-2699 extended.
 */
public final class AccessList {
    /** IOS numbers rules typed without a sequence number in steps of 10. */
    public static final int SEQUENCE_STEP = 10;
    public static final int MAX_SEQUENCE = 2147483647;

    private final String name;
    private final boolean extended;
    private final List<AclEntry> lines = new ArrayList<>();

    public AccessList(String name, boolean extended) {
        this.name = name;
        this.extended = extended;
    }

    /** Standard (false), extended (true), or null when the number belongs to no IPv4 range. */
    public static Boolean isExtendedNumber(int number) {
        if ((number >= 1 && number <= 99) || (number >= 1300 && number <= 1999)) {
            return false;
        }
        if ((number >= 100 && number <= 199) || (number >= 2000 && number <= 2699)) {
            return true;
        }
        return null;
    }

    public String name() {
        return name;
    }

    public boolean isExtended() {
        return extended;
    }

    /** True for a list named by a number (written as {@code access-list N} lines). */
    public boolean isNumbered() {
        return name.chars().allMatch(Character::isDigit);
    }

    public List<AclEntry> lines() {
        return List.copyOf(lines);
    }

    public List<AclEntry> rules() {
        return lines.stream().filter(entry -> !entry.isRemark()).toList();
    }

    /**
     * Adds a rule; {@code sequence} 0 means the next multiple of 10 after the last rule. Returns IOS's
     * message when refused (a duplicate sequence number), else null. An identical rule is not added twice.
     */
    public String add(AclEntry rule) {
        int last = rules().stream().mapToInt(AclEntry::sequence).max().orElse(0);
        AclEntry placed = rule.sequence() == 0 ? rule.withSequence(last + SEQUENCE_STEP) : rule;
        for (AclEntry existing : rules()) {
            if (existing.sameRule(rule)) {
                return null; // IOS silently keeps the one it has
            }
            if (existing.sequence() == placed.sequence()) {
                return "% Duplicate sequence number";
            }
        }
        int at = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            AclEntry existing = lines.get(i);
            if (!existing.isRemark() && existing.sequence() > placed.sequence()) {
                at = i;
                // remarks typed just before the following rule stay with it
                while (at > 0 && lines.get(at - 1).isRemark()) {
                    at--;
                }
                break;
            }
        }
        lines.add(at, placed);
        return null;
    }

    public void addRemark(String text) {
        lines.add(AclEntry.remark(text));
    }

    /** {@code no SEQ}; false when there is no such rule. */
    public boolean removeSequence(int sequence) {
        return lines.removeIf(entry -> !entry.isRemark() && entry.sequence() == sequence);
    }

    /** {@code no permit ...}: removes the identical rule; false when there is none. */
    public boolean removeRule(AclEntry rule) {
        return lines.removeIf(entry -> entry.sameRule(rule));
    }

    public boolean removeRemark(String text) {
        return lines.removeIf(entry -> entry.isRemark() && entry.remarkText().equals(text));
    }

    /** The first rule matching the packet (its counter counts it), or null: the implicit deny. */
    public AclEntry evaluate(PacketFields packet) {
        for (AclEntry entry : lines) {
            if (entry.matches(packet)) {
                entry.countMatch();
                return entry;
            }
        }
        return null;
    }

    /** True when the list permits the packet. */
    public boolean permits(PacketFields packet) {
        AclEntry hit = evaluate(packet);
        return hit != null && hit.permits();
    }

    /** True when the list permits the packet, without counting it: {@code debug ip packet}'s filter. */
    public boolean permitsUncounted(PacketFields packet) {
        for (AclEntry entry : lines) {
            if (entry.matches(packet)) {
                return entry.permits();
            }
        }
        return false;
    }

    public void clearCounters() {
        lines.forEach(AclEntry::clearCounter);
    }
}

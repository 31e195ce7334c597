package org.looplab.router;

/** The "Status" column of {@code show ip interface brief}: the state of the interface's link layer. */
public enum InterfaceStatus {
    UP("up"),
    DOWN("down"),
    ADMINISTRATIVELY_DOWN("administratively down");

    private final String text;

    InterfaceStatus(String text) {
        this.text = text;
    }

    /** IOS's wording. */
    public String text() {
        return text;
    }
}

package org.looplab.router;

/** Hears about a router's interface changes; protocols attach one with {@link Router#addInterfaceListener}. */
public interface InterfaceListener {
    /** The interface's address, administrative state or line protocol changed. */
    void interfaceChanged(Interface changed);

    /** A loopback was removed by {@code no interface}. */
    default void interfaceRemoved(InterfaceName removed) {
    }
}

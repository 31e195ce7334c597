package org.looplab.dataplane;

import org.looplab.router.Interface;

/** Receives, on one router, the frames of one link-layer protocol (CDP, LLDP) with the interface they came in on. */
@FunctionalInterface
public interface LinkFrameReceiver {
    /** Takes the frame; false when the protocol is off there, so the frame counts as an unknown protocol drop. */
    boolean receive(Interface in, LinkFrame frame);
}

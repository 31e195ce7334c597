package org.looplab.sim;

import java.util.PriorityQueue;

/** The pending events of one kernel, earliest first. Only the kernel's owning thread touches it. */
final class EventQueue {
    private final PriorityQueue<SimEvent> heap = new PriorityQueue<>();
    private long nextSequence;

    SimEvent add(long timeNanos, Runnable action) {
        SimEvent event = new SimEvent(timeNanos, nextSequence++, action);
        heap.add(event);
        return event;
    }

    /** The earliest event that is not cancelled, or null; cancelled events are dropped on the way. */
    SimEvent peek() {
        SimEvent head = heap.peek();
        while (head != null && head.isCancelled()) {
            heap.poll();
            head = heap.peek();
        }
        return head;
    }

    SimEvent poll() {
        SimEvent head = peek();
        return head == null ? null : heap.poll();
    }
}

package org.looplab.bgp.message;

/**
 * What decoding one message gives: the message, or the NOTIFICATION that RFC 4271 6 / RFC 7606 require
 * the receiver to send before it closes the session.
 */
public sealed interface DecodeResult {
    record Decoded(BgpMessage message) implements DecodeResult {
    }

    record Error(NotificationMessage notification) implements DecodeResult {
    }
}

package org.looplab.ssh;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import org.looplab.router.Router;

/** Finds the router a connection is for, from the local address it was accepted on. */
final class EndpointDirectory {
    private final List<RouterEndpoint> endpoints;

    EndpointDirectory(List<RouterEndpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    List<RouterEndpoint> endpoints() {
        return endpoints;
    }

    Router routerFor(SocketAddress local) {
        if (!(local instanceof InetSocketAddress inet)) {
            return null;
        }
        for (RouterEndpoint endpoint : endpoints) {
            if (endpoint.accepts(inet)) {
                return endpoint.router();
            }
        }
        return null;
    }
}

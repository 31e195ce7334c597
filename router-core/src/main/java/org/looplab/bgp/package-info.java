/**
 * BGP-4 (RFC 4271) as IOS 15 runs it, over the simulated TCP ({@code org.looplab.tcp}).
 *
 * <p>Configuration is {@link org.looplab.bgp.Bgp} ({@code Bgp.of(router)}) with the typed
 * {@link org.looplab.bgp.BgpConfig}; every change reaches the running {@link org.looplab.bgp.BgpSpeaker}
 * through Bgp's hooks. Messages are encoded and decoded in {@code org.looplab.bgp.message}, attributes
 * live in {@code org.looplab.bgp.attr}.
 *
 * <p>{@code address-family ipv4 vrf NAME} is a Bgp of its own ({@code Bgp.of(router).vrf(NAME)}, created by
 * {@code addVrf}): the same configuration methods and read API, a speaker whose TCP listener and connections
 * are bound in the VRF ({@code TcpStack.listen/connect(vrf, ...)}) and whose routes go to
 * {@code router.rib(vrf)}; {@code BgpSpeaker.vrf()} names it. Its log lines say {@code neighbor A vrf NAME}.
 * {@link org.looplab.bgp.VrfImport} copies each VRF's best paths into the VRFs whose route targets import
 * them ({@code BgpPath.source().importedFrom()} names the exporting VRF); their routes are resolved in it.
 *
 * <h2>Read API for the show commands (kernel thread)</h2>
 * <ul>
 *   <li>{@code Bgp.of(router).speaker()}: {@link org.looplab.bgp.BgpSpeaker} (null before the first
 *       {@code router bgp}). {@code routerId()}, {@code localAs()}, {@code tableVersion()},
 *       {@code clusterId()}, {@code neighbors()} in address order, {@code neighbor(address)},
 *       {@code entries()} (the BGP table in prefix order), {@code entry(prefix)}, {@code memory()}
 *       ({@link org.looplab.bgp.BgpMemory}: network/path/attribute/AS-path/community entries and bytes),
 *       {@link org.looplab.bgp.BgpSpeaker#SCAN_INTERVAL_SECONDS}, {@code prefixActivity()} and
 *       {@code pathActivity()} ("BGP activity N/M prefixes, P/Q paths"), {@code advertisedRoutes(neighbor)}
 *       (advertised-routes: prefix to the attributes as sent), {@code routesFrom(neighbor)} (routes: the
 *       accepted paths), {@code advertisedTo(entry)} ({@code show ip bgp PREFIX}'s "Advertised to").
 *       {@code clearAll/clearNeighbor/clearAs(..., ClearMode)} for {@code clear ip bgp}.</li>
 *   <li>{@link org.looplab.bgp.BgpNeighbor}: {@code state()} / {@code stateText()} ("Idle (Admin)",
 *       "Idle (PfxCt)", "Active"...), {@code upDownSinceNanos()} and {@code neverUp()} (Up/Down column),
 *       {@code configuredRemoteAs()}, {@code isInternal()}, {@code remoteRouterId()}, {@code holdTime()} and
 *       {@code keepaliveInterval()} (negotiated), {@code configuredTimers()}, {@code messages()}
 *       ({@link org.looplab.bgp.MessageCounters}: Opens, Notifications, Updates, Keepalives, Route Refresh,
 *       Total, sent and received), {@code adjRibIn()} ({@link org.looplab.bgp.AdjRibIn}: received,
 *       accepted, withdrawn, denied; received-routes with soft-reconfiguration), {@code adjRibOut()}
 *       ({@link org.looplab.bgp.AdjRibOut}: advertised, pending = OutQ), {@code tableVersion()},
 *       {@code connectionsEstablished()/connectionsDropped()}, {@code lastReadNanos()/lastWriteNanos()},
 *       {@code lastResetReason()} (null: "never"),
 *       {@code lastResetNanos()}, {@code lastResetNotification()}, {@code connection()} (the
 *       {@code TcpConnection}: local/remote address and port, TTL, byte and segment counters),
 *       {@code outgoingTtl()}, {@code fourOctetAsNegotiated()}, {@code routeRefreshNegotiated()},
 *       {@code transitions()} (the FSM's recent changes with their events).</li>
 *   <li>{@link org.looplab.bgp.LocRibEntry} (one prefix): {@code prefix()}, {@code paths()} (best first),
 *       {@code best()}, {@code bestPathReason()} ({@link org.looplab.bgp.BestPathStep}),
 *       {@code isSuppressed()} ({@code s}), {@code version()}.</li>
 *   <li>{@link org.looplab.bgp.BgpPath}: {@code attributes()} ({@link org.looplab.bgp.attr.PathAttributes}:
 *       next hop, MED, local preference, weight, AS path, origin, communities, originator, cluster list,
 *       aggregator, atomic aggregate), {@code source()} ({@link org.looplab.bgp.PathSource}: neighbor
 *       address, router ID, AS; {@code LOCAL} for our own), flags {@code isValid()} ({@code *}),
 *       {@code isBest()} ({@code >}), {@code isMultipath()} ({@code m}), {@code isInternal()} ({@code i}),
 *       {@code isRibFailure()} ({@code r}), {@code isLocal()}, {@code isAggregate()}.</li>
 * </ul>
 *
 * <h2>Log lines</h2>
 * {@code %BGP-5-ADJCHANGE: neighbor A Up }, {@code %BGP-5-ADJCHANGE: neighbor A Down REASON} with
 * {@code %BGP_SESSION-5-ADJCHANGE: neighbor A IPv4 Unicast topology base removed from session  REASON}
 * (both only with {@code bgp log-neighbor-changes}, the default), {@code %BGP-3-NOTIFICATION: sent to |
 * received from neighbor A [active |passive ]C/S (words) N bytes [DATA]}, {@code %BGP-3-MAXPFXEXCEED}.
 */
package org.looplab.bgp;

/*
 * BGP: "router bgp ASN" in global configuration, its mode (config-router, rules rb_) and the
 * "address-family ipv4 [unicast]" mode inside it (config-router-af, rules rbaf_). The per-address-family
 * neighbor settings are accepted in both, as IOS does (the classic form writes them under router bgp).
 * "address-family ipv4 vrf NAME" (rules rbafv_) takes whole neighbors (session and family lines) and
 * what the VRF originates; "address-family vpnv4" (rbafvpn_) and "address-family ipv6" (rbaf6_) keep
 * their lines without behaviour, as do IPv6 neighbours' lines (an IPv6 address is a WORD target).
 */
parser grammar Ios_bgp;

options { tokenVocab = IosLexer; }

/* router bgp ASN; also "no router bgp ASN" under cfg_no. */
cfg_router_bgp : ROUTER BGP bgp_asn;

/* An AS number: asplain (65536) or asdot (1.0). */
bgp_asn
   : plain = DEC
   | dotted = ASDOT
   ;

rb_line : rb_command EOF;

rb_command
   : rb_bgp
   | rb_neighbor
   | rb_network
   | rb_aggregate_address
   | rb_redistribute
   | rb_timers_bgp
   | rb_maximum_paths
   | rb_address_family
   | rb_no
   | cfg_any_mode_command
   ;

rb_bgp : BGP rb_bgp_setting;

rb_bgp_setting
   : ROUTER_ID id = IP_ADDRESS
   | LOG_NEIGHBOR_CHANGES
   | CLUSTER_ID cluster = IP_ADDRESS
   | DEFAULT (IPV4_UNICAST | LOCAL_PREFERENCE preference = DEC)
   | BESTPATH rb_bestpath_option
   | ALWAYS_COMPARE_MED
   | DETERMINISTIC_MED
   | FAST_EXTERNAL_FALLOVER
   ;

rb_bestpath_option
   : COMPARE_ROUTERID
   | MED MISSING_AS_WORST
   | AS_PATH IGNORE
   ;

/* neighbor A|GROUP ...: a session setting, or one of the address family's. */
rb_neighbor : NEIGHBOR neighbor_target rb_neighbor_setting;

neighbor_target
   : address = IP_ADDRESS
   | group = WORD
   ;

rb_neighbor_setting
   : REMOTE_AS bgp_asn
   | PEER_GROUP group = WORD?
   | SHUTDOWN
   | DESCRIPTION text = LINE
   | PASSWORD (SECRET_TYPE_0 | SECRET_TYPE_7)? text = LINE
   | EBGP_MULTIHOP hops = DEC?
   | DISABLE_CONNECTED_CHECK
   | UPDATE_SOURCE interface_name
   | TIMERS keepalive = DEC hold = DEC
   | rbaf_neighbor_setting
   ;

/* network A [mask M] [route-map NAME]: without a mask the classful one. */
rb_network : NETWORK address = IP_ADDRESS (MASK mask = IP_ADDRESS)? (ROUTE_MAP map = WORD)?;

rb_aggregate_address : AGGREGATE_ADDRESS address = IP_ADDRESS mask = IP_ADDRESS (AS_SET | SUMMARY_ONLY)*;

/* redistribute connected | static | ospf N | rip | eigrp N [metric N] [route-map NAME] */
rb_redistribute : REDISTRIBUTE rb_redistribute_source (METRIC metric = DEC | ROUTE_MAP map = WORD)*;

rb_redistribute_source
   : CONNECTED
   | STATIC
   | OSPF process = DEC
   | RIP
   | EIGRP process = DEC
   ;

rb_timers_bgp : TIMERS BGP keepalive = DEC hold = DEC;

rb_maximum_paths : MAXIMUM_PATHS IBGP? paths = DEC;

/* address-family ipv4 [unicast] | ipv4 vrf NAME | ipv6 [unicast] | vpnv4 [unicast]: enters that config-router-af. */
rb_address_family
   : ADDRESS_FAMILY
   (
      IPV4 (UNICAST | VRF vrf = WORD)?
      | IPV6 UNICAST?
      | VPNV4 UNICAST?
   )
   ;

rb_no
   : NO
   (
      rb_no_bgp
      | rb_no_neighbor
      | rb_network
      | rb_aggregate_address
      | rb_redistribute
      | rb_no_timers_bgp
      | rb_no_maximum_paths
      | rb_no_accepted
      | rb_no_address_family
   )
   ;

/* no address-family ipv4 vrf NAME | ipv6 [unicast] | vpnv4 [unicast]: the block and its lines go. */
rb_no_address_family
   : ADDRESS_FAMILY
   (
      IPV4 VRF vrf = WORD
      | IPV6 UNICAST?
      | VPNV4 UNICAST?
   )
   ;

rb_no_bgp
   : BGP
   (
      ROUTER_ID IP_ADDRESS?
      | LOG_NEIGHBOR_CHANGES
      | CLUSTER_ID IP_ADDRESS?
      | DEFAULT (IPV4_UNICAST | LOCAL_PREFERENCE DEC?)
      | BESTPATH rb_bestpath_option
      | ALWAYS_COMPARE_MED
      | DETERMINISTIC_MED
      | FAST_EXTERNAL_FALLOVER
   )
   ;

/* no neighbor A: the neighbor goes; no neighbor A SETTING [VALUE]: the setting goes. */
rb_no_neighbor : NEIGHBOR neighbor_target rb_no_neighbor_setting?;

rb_no_neighbor_setting
   : REMOTE_AS bgp_asn?
   | PEER_GROUP WORD?
   | SHUTDOWN
   | DESCRIPTION LINE?
   | PASSWORD ((SECRET_TYPE_0 | SECRET_TYPE_7)? LINE)?
   | EBGP_MULTIHOP DEC?
   | DISABLE_CONNECTED_CHECK
   | UPDATE_SOURCE interface_name?
   | TIMERS (DEC DEC)?
   | rbaf_no_neighbor_setting
   ;

rb_no_timers_bgp : TIMERS BGP (DEC DEC)?;

rb_no_maximum_paths : MAXIMUM_PATHS IBGP? DEC?;

/* IOS 15's defaults, accepted as it writes them and changing nothing. */
rb_no_accepted
   : SYNCHRONIZATION
   | AUTO_SUMMARY
   ;

/* Address family mode (config-router-af). Router bgp commands reach here through the parent mode. */
rbaf_line : rbaf_command EOF;

rbaf_command
   : rbaf_neighbor
   | rb_network
   | rb_aggregate_address
   | rb_redistribute
   | rb_maximum_paths
   | rbaf_exit_address_family
   | rbaf_no
   | cfg_any_mode_command
   ;

rbaf_neighbor : NEIGHBOR neighbor_target rbaf_neighbor_setting;

rbaf_neighbor_setting
   : ACTIVATE
   | ROUTE_REFLECTOR_CLIENT
   | NEXT_HOP_SELF
   | SEND_COMMUNITY (STANDARD | EXTENDED | BOTH)?
   | SOFT_RECONFIGURATION INBOUND
   | ALLOWAS_IN count = DEC?
   | WEIGHT weight = DEC
   | PREFIX_LIST list = WORD direction = (IN | OUT)
   | ROUTE_MAP map = WORD direction = (IN | OUT)
   | MAXIMUM_PREFIX limit = DEC
   ;

rbaf_exit_address_family : EXIT_ADDRESS_FAMILY;

rbaf_no
   : NO
   (
      NEIGHBOR neighbor_target rbaf_no_neighbor_setting
      | rb_network
      | rb_aggregate_address
      | rb_redistribute
      | rb_no_maximum_paths
      | rb_no_accepted
   )
   ;

rbaf_no_neighbor_setting
   : ACTIVATE
   | ROUTE_REFLECTOR_CLIENT
   | NEXT_HOP_SELF
   | SEND_COMMUNITY (STANDARD | EXTENDED | BOTH)?
   | SOFT_RECONFIGURATION INBOUND
   | ALLOWAS_IN DEC?
   | WEIGHT DEC?
   | PREFIX_LIST WORD direction = (IN | OUT)
   | ROUTE_MAP WORD direction = (IN | OUT)
   | MAXIMUM_PREFIX DEC?
   ;

/* A VRF's address family (config-router-af of "address-family ipv4 vrf NAME"). */
rbafv_line : rbafv_command EOF;

rbafv_command
   : rb_neighbor
   | rb_network
   | rb_aggregate_address
   | rb_redistribute
   | rb_maximum_paths
   | rbaf_exit_address_family
   | rbafv_no
   | cfg_any_mode_command
   ;

rbafv_no
   : NO
   (
      rb_no_neighbor
      | rb_network
      | rb_aggregate_address
      | rb_redistribute
      | rb_no_maximum_paths
      | rb_no_accepted
   )
   ;

/* VPNv4 (config-router-af of "address-family vpnv4"): kept as written, no VPNv4 session is negotiated. */
rbafvpn_line : rbafvpn_command EOF;

rbafvpn_command
   : rbafk_neighbor
   | rbaf_exit_address_family
   | NO rbafk_neighbor
   | cfg_any_mode_command
   ;

/* IPv6 (config-router-af of "address-family ipv6"): kept as written, looplab simulates no IPv6. */
rbaf6_line : rbaf6_command EOF;

rbaf6_command
   : rbafk_neighbor
   | rbaf6_network
   | rbaf_exit_address_family
   | NO (rbafk_neighbor | rbaf6_network)
   | cfg_any_mode_command
   ;

/* network X:X::X/LENGTH [route-map NAME]: the builder checks the prefix. */
rbaf6_network : NETWORK prefix = WORD (ROUTE_MAP map = WORD)?;

/* A neighbor line of a kept address family. */
rbafk_neighbor
   : NEIGHBOR neighbor_target
   (
      ACTIVATE
      | SEND_COMMUNITY (STANDARD | EXTENDED | BOTH)?
      | NEXT_HOP_SELF
      | ROUTE_REFLECTOR_CLIENT
   )
   ;

/*
 * The BGP reports and clear ip bgp (EXEC). "show ip bgp ..." is reached through exec_show_routing,
 * "show bgp ..." and "show tcp ..." through exec_show_public, "clear ip bgp" through exec_command.
 */

/* show ip bgp [vpnv4 vrf NAME] [REPORT] | show ip bgp vpnv4 all (every VRF's table under its RD) */
exec_show_ip_bgp : IP BGP (VPNV4 VRF vrf = WORD)? exec_show_bgp_report? | IP BGP VPNV4 all = ALL;

/* show bgp ipv4 unicast [REPORT] | show bgp vpnv4 unicast vrf NAME [REPORT] | show bgp all summary */
exec_show_bgp
   : BGP
   (
      IPV4 UNICAST exec_show_bgp_report?
      | VPNV4 UNICAST VRF vrf = WORD exec_show_bgp_report?
      | ALL SUMMARY
   )
   ;

/* summary | neighbors [A [advertised-routes | received-routes | routes]] | A.B.C.D [MASK] | A.B.C.D/nn */
exec_show_bgp_report
   : SUMMARY
   | NEIGHBORS (neighbor = IP_ADDRESS (ADVERTISED_ROUTES | RECEIVED_ROUTES | ROUTES)?)?
   | address = IP_ADDRESS mask = IP_ADDRESS?
   | prefix = IP_PREFIX
   ;

/* show tcp brief [all] */
exec_show_tcp : TCP BRIEF ALL?;

/* clear ip bgp [vrf NAME] * | A | ASN [soft [in | out]] */
exec_clear_ip_bgp : CLEAR IP BGP (VRF vrf = WORD)? (STAR | neighbor = IP_ADDRESS | bgp_asn) (SOFT (IN | OUT)?)?;

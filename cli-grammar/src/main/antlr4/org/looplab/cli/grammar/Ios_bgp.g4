/*
 * BGP: "router bgp ASN" in global configuration, its mode (config-router, rules rb_) and the
 * "address-family ipv4 [unicast]" mode inside it (config-router-af, rules rbaf_). The per-address-family
 * neighbor settings are accepted in both, as IOS does (the classic form writes them under router bgp).
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

/* redistribute connected | static | ospf N [metric N] [route-map NAME] */
rb_redistribute : REDISTRIBUTE rb_redistribute_source (METRIC metric = DEC | ROUTE_MAP map = WORD)*;

rb_redistribute_source
   : CONNECTED
   | STATIC
   | OSPF process = DEC
   ;

rb_timers_bgp : TIMERS BGP keepalive = DEC hold = DEC;

rb_maximum_paths : MAXIMUM_PATHS IBGP? paths = DEC;

/* address-family ipv4 [unicast]: enters config-router-af. */
rb_address_family : ADDRESS_FAMILY IPV4 UNICAST?;

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

/*
 * OSPF: "router ospf N" in global configuration, its mode (config-router, rules ro_), the interface's
 * "ip ospf ..." lines, and the "show ip ospf ..." and "show ip protocols" reports.
 */
parser grammar Ios_ospf;

options { tokenVocab = IosLexer; }

/* router ospf N [vrf NAME]; also "no router ospf N [vrf NAME]" under cfg_no. */
cfg_router_ospf : ROUTER OSPF process = DEC (VRF vrf = WORD)?;

/* Router configuration mode (config-router). Global config commands reach here through the parent mode. */
ro_line : ro_command EOF;

ro_command
   : ro_router_id
   | ro_network
   | ro_passive_interface
   | ro_auto_cost
   | ro_timers_throttle_spf
   | ro_redistribute
   | ro_default_information
   | ro_area
   | ro_log_adjacency_changes
   | ro_maximum_paths
   | ro_distance
   | ro_no
   | cfg_any_mode_command
   ;

ro_router_id : ROUTER_ID id = IP_ADDRESS;

ro_network : NETWORK address = IP_ADDRESS wildcard = IP_ADDRESS AREA ospf_area;

/* An area id: a number or the dotted form; IOS writes it back as it was typed. */
ospf_area
   : number = DEC
   | dotted = IP_ADDRESS
   ;

ro_passive_interface : PASSIVE_INTERFACE (DEFAULT | interface_name);

ro_auto_cost : AUTO_COST REFERENCE_BANDWIDTH mbps = DEC;

ro_timers_throttle_spf : TIMERS THROTTLE SPF start = DEC hold = DEC max = DEC;

/* redistribute connected|static|bgp AS|rip|eigrp N [metric N] [metric-type 1|2] [subnets] [route-map NAME], in any order */
ro_redistribute : REDISTRIBUTE (CONNECTED | STATIC | BGP bgp_asn | RIP | EIGRP process = DEC) (SUBNETS | ro_external_option)*;

/* default-information originate [always] [metric N] [metric-type 1|2] [route-map NAME] */
ro_default_information : DEFAULT_INFORMATION ORIGINATE (ALWAYS | ro_external_option)*;

/* area N stub [no-summary] | nssa [no-summary] [default-information-originate] | default-cost N
   | range A M [not-advertise] */
ro_area : AREA ospf_area ro_area_setting;

ro_area_setting
   : STUB NO_SUMMARY?
   | NSSA (NO_SUMMARY | DEFAULT_INFORMATION_ORIGINATE)*
   | AUTHENTICATION MESSAGE_DIGEST?
   | DEFAULT_COST cost = DEC
   | RANGE address = IP_ADDRESS mask = IP_ADDRESS NOT_ADVERTISE?
   ;

/* no area N [stub [no-summary] | nssa [...] | default-cost [N] | range A M [not-advertise]] */
ro_no_area
   : AREA ospf_area
   (
      STUB NO_SUMMARY?
      | NSSA (NO_SUMMARY | DEFAULT_INFORMATION_ORIGINATE)*
      | AUTHENTICATION MESSAGE_DIGEST?
      | DEFAULT_COST DEC?
      | RANGE address = IP_ADDRESS mask = IP_ADDRESS NOT_ADVERTISE?
   )?
   ;

ro_log_adjacency_changes : LOG_ADJACENCY_CHANGES DETAIL?;

ro_maximum_paths : MAXIMUM_PATHS paths = DEC;

/* distance N | distance ospf {intra-area N | inter-area N | external N}... */
ro_distance : DISTANCE (value = DEC | OSPF ro_distance_ospf+);

ro_distance_ospf
   : INTRA_AREA intra = DEC
   | INTER_AREA inter = DEC
   | EXTERNAL external = DEC
   ;

ro_external_option
   : METRIC metric = DEC
   | METRIC_TYPE metric_type = DEC
   | ROUTE_MAP map = WORD
   ;

ro_no
   : NO
   (
      ro_no_router_id
      | ro_network
      | ro_passive_interface
      | ro_no_auto_cost
      | ro_no_timers_throttle_spf
      | ro_redistribute
      | ro_default_information
      | ro_no_area
      | ro_log_adjacency_changes
      | MAXIMUM_PATHS DEC?
      | DISTANCE (DEC | OSPF ro_distance_ospf*)?
   )
   ;

ro_no_router_id : ROUTER_ID IP_ADDRESS?;

ro_no_auto_cost : AUTO_COST (REFERENCE_BANDWIDTH DEC?)?;

ro_no_timers_throttle_spf : TIMERS THROTTLE SPF (DEC DEC DEC)?;

/* Interface lines: ip ospf N area X | cost N | hello-interval N | dead-interval N | priority N | network TYPE */
if_ip_ospf : IP OSPF if_ospf_setting;

if_ospf_setting
   : process = DEC AREA ospf_area
   | COST cost = DEC
   | HELLO_INTERVAL hello = DEC
   | DEAD_INTERVAL dead = DEC
   | PRIORITY priority = DEC
   | MTU_IGNORE
   | NETWORK (POINT_TO_POINT | BROADCAST)
   | AUTHENTICATION (MESSAGE_DIGEST | NULL_AUTHENTICATION)?
   | AUTHENTICATION_KEY (SECRET_TYPE_0 | type7 = SECRET_TYPE_7)? key = WORD
   | MESSAGE_DIGEST_KEY key_id = DEC MD5 (SECRET_TYPE_0 | type7 = SECRET_TYPE_7)? key = WORD
   ;

/* no ip ospf ...: the value may be left out. */
if_no_ip_ospf
   : IP OSPF
   (
      process = DEC AREA ospf_area
      | COST DEC?
      | HELLO_INTERVAL DEC?
      | DEAD_INTERVAL DEC?
      | PRIORITY DEC?
      | MTU_IGNORE
      | NETWORK (POINT_TO_POINT | BROADCAST)?
      | AUTHENTICATION (MESSAGE_DIGEST | NULL_AUTHENTICATION)?
      | AUTHENTICATION_KEY ((SECRET_TYPE_0 | SECRET_TYPE_7)? WORD)?
      | MESSAGE_DIGEST_KEY key_id = DEC (MD5 ((SECRET_TYPE_0 | SECRET_TYPE_7)? WORD)?)?
   )
   ;

/* show ip ospf [N | neighbor [detail] | interface [brief | NAME] | database [TYPE [ID]]] */
exec_show_ip_ospf
   : IP OSPF
   (
      process = DEC
      | NEIGHBOR DETAIL?
      | INTERFACE (BRIEF | interface_name)?
      | DATABASE (ospf_lsa_type link_state_id = IP_ADDRESS?)?
   )?
   ;

ospf_lsa_type
   : ROUTER
   | NETWORK
   | SUMMARY
   | ASBR_SUMMARY
   | EXTERNAL
   | NSSA_EXTERNAL
   ;

exec_show_ip_protocols : IP PROTOCOLS;

/* clear ip ospf [N] process: IOS asks first, "no" by default */
exec_clear_ip_ospf : CLEAR IP OSPF process = DEC? PROCESS;

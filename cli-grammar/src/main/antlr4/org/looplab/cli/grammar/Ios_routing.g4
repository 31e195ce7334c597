/* Static routes and the routing table: "ip route" in global configuration, "show ip route" in EXEC. */
parser grammar Ios_routing;

options { tokenVocab = IosLexer; }

/*
 * ip route [vrf NAME] PREFIX MASK {NEXT-HOP | INTERFACE [NEXT-HOP]} [DISTANCE] [track N]. Track objects are
 * not simulated: a route with "track N" is kept as written, not installed, and listed as unmodelled.
 */
cfg_ip_route : IP ROUTE (VRF vrf = WORD)? cfg_ip_route_destination cfg_ip_route_target (TRACK track = DEC)?;

/* no ip route PREFIX MASK [INTERFACE] [NEXT-HOP] [DISTANCE] [track N]: without a target every line of the prefix goes. */
cfg_no_ip_route : IP ROUTE (VRF vrf = WORD)? cfg_ip_route_destination (cfg_ip_route_target (TRACK track = DEC)?)?;

cfg_ip_route_destination : network = IP_ADDRESS mask = IP_ADDRESS;

cfg_ip_route_target
   :
   (
      route_interface next_hop = IP_ADDRESS?
      | next_hop = IP_ADDRESS
   ) distance = DEC?
   ;

/* The interfaces a route may leave by: the router's own, and Null0 (discard). */
route_interface
   : interface_name
   | NULL number = DEC
   ;

/* The routing reports of "show ip ...". */
exec_show_routing
   : exec_show_ip_route
   | exec_show_ip_ospf
   | exec_show_ip_protocols
   | exec_show_ip_bgp
   | exec_show_vrf
   | exec_show_ip_vrf
   ;

/* show ip route [vrf NAME] [PREFIX [MASK [longer-prefixes]] | static | connected | ospf | bgp | summary] */
exec_show_ip_route
   : IP ROUTE (VRF vrf = WORD)?
   (
      address = IP_ADDRESS (mask = IP_ADDRESS LONGER_PREFIXES?)?
      | STATIC
      | CONNECTED
      | OSPF
      | BGP
      | SUMMARY
   )?
   ;

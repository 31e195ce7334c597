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

ro_no
   : NO
   (
      ro_no_router_id
      | ro_network
      | ro_passive_interface
      | ro_no_auto_cost
      | ro_no_timers_throttle_spf
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
   | NETWORK (POINT_TO_POINT | BROADCAST)
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
      | NETWORK (POINT_TO_POINT | BROADCAST)?
   )
   ;

/* show ip ospf [neighbor | interface [brief | NAME] | database] */
exec_show_ip_ospf
   : IP OSPF
   (
      NEIGHBOR
      | INTERFACE (BRIEF | interface_name)?
      | DATABASE
   )?
   ;

exec_show_ip_protocols : IP PROTOCOLS;

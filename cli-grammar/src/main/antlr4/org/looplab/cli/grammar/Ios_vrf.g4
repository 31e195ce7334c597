/*
 * VRFs: "vrf definition NAME" (config-vrf, rules vd_; its address families config-vrf-af, vaf_) and the
 * older "ip vrf NAME" (config-vrf, rules iv_), an interface's "vrf forwarding NAME" / "ip vrf forwarding
 * NAME", and the "show vrf" / "show ip vrf" reports. "ip route vrf", "show ip route vrf", "ping vrf" and
 * "traceroute vrf" are in the grammars of those commands.
 */
parser grammar Ios_vrf;

options { tokenVocab = IosLexer; }

/* vrf definition NAME; also "no vrf definition NAME" under cfg_no. */
cfg_vrf_definition : VRF DEFINITION name = WORD;

/* ip vrf NAME; also "no ip vrf NAME" under cfg_no. */
cfg_ip_vrf : IP VRF name = WORD;

/* config-vrf of a vrf definition. */
vd_line : vd_command EOF;

vd_command
   : vrf_rd
   | vrf_description
   | vrf_route_target
   | vd_address_family
   | vd_no
   | cfg_any_mode_command
   ;

/* rd ASN:NN | A.B.C.D:NN: the route distinguisher, checked by the builder. */
vrf_rd : RD value = WORD;

vrf_description : DESCRIPTION text = LINE;

/* route-target {export | import | both} ASN:NN: kept as written (no MP-BGP carries it here). */
vrf_route_target : ROUTE_TARGET direction = (EXPORT | IMPORT | BOTH) value = WORD;

/* import map NAME: a route-map the routes imported by route target must pass (ip vrf, or a family of a vrf definition). */
vrf_import_map : IMPORT MAP name = WORD;

/* address-family ipv4|ipv6 [unicast]: enters config-vrf-af. */
vd_address_family : ADDRESS_FAMILY family = (IPV4 | IPV6) UNICAST?;

vd_no
   : NO
   (
      RD WORD?
      | DESCRIPTION LINE?
      | vrf_route_target
      | vd_address_family
   )
   ;

/* config-vrf-af: an address family of a vrf definition. */
vaf_line : vaf_command EOF;

vaf_command
   : vrf_route_target
   | vrf_import_map
   | vaf_exit_address_family
   | vaf_no
   | cfg_any_mode_command
   ;

vaf_exit_address_family : EXIT_ADDRESS_FAMILY;

vaf_no : NO (vrf_route_target | IMPORT MAP WORD?);

/* config-vrf of an ip vrf. */
iv_line : iv_command EOF;

iv_command
   : vrf_rd
   | vrf_description
   | vrf_route_target
   | vrf_import_map
   | iv_no
   | cfg_any_mode_command
   ;

iv_no
   : NO
   (
      RD WORD?
      | DESCRIPTION LINE?
      | vrf_route_target
      | IMPORT MAP WORD?
   )
   ;

/* Interface: vrf forwarding NAME | ip vrf forwarding NAME (the VRF's own form). */
if_vrf_forwarding : IP? VRF FORWARDING name = WORD;

/* no [ip] vrf forwarding [NAME] */
if_no_vrf_forwarding : IP? VRF FORWARDING name = WORD?;

/* show vrf [brief | detail [NAME]] */
exec_show_vrf : VRF (BRIEF | DETAIL name = WORD?)?;

/* show ip vrf [brief | detail [NAME] | interfaces] */
exec_show_ip_vrf : IP VRF (BRIEF | DETAIL name = WORD? | INTERFACES)?;

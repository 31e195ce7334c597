/* Interface configuration mode (config-if). Global config commands reach here through the parent mode. */
parser grammar Ios_interface;

options { tokenVocab = IosLexer; }

if_line : if_command EOF;

if_command
   : if_ip_address
   | if_shutdown
   | if_description
   | if_ip_ospf
   | if_ip_access_group
   | if_ip_unreachables
   | if_encapsulation
   | if_vrf_forwarding
   | if_discovery
   | if_arp_timeout
   | if_bandwidth
   | if_mtu
   | if_port_setting
   | if_tunnel
   | if_keepalive
   | if_inert
   | if_no
   | cfg_any_mode_command
   ;

/* encapsulation dot1Q N [native] on a subinterface; other encapsulations (ppp, hdlc...) are kept inert. */
if_encapsulation : ENCAPSULATION DOT1Q vlan = DEC NATIVE?;

/* ip address A M [secondary]: without secondary it replaces the primary address. */
if_ip_address : IP ADDRESS address = IP_ADDRESS mask = IP_ADDRESS SECONDARY?;

if_shutdown : SHUTDOWN;

/* The rest of the line, spaces and all. */
if_description : DESCRIPTION text = LINE;

if_no
   : NO
   (
      if_no_ip_address
      | if_shutdown
      | if_no_description
      | if_no_ip_ospf
      | if_no_ip_access_group
      | if_ip_unreachables
      | if_no_encapsulation
      | if_no_vrf_forwarding
      | if_discovery
      | if_no_arp_timeout
      | if_no_bandwidth
      | if_no_mtu
      | if_no_port_setting
      | if_no_tunnel
      | if_no_keepalive
      | if_inert
   )
   ;

/* arp timeout <0-2147483>: how long an ARP entry learned here lives (4 hours by default; 0: for ever). */
if_arp_timeout : ARP TIMEOUT seconds = DEC;

if_no_arp_timeout : ARP TIMEOUT DEC?;

/* bandwidth <1-10000000> kbit/s: what OSPF's auto-cost and show interfaces use (other forms stay inert). */
if_bandwidth : BANDWIDTH kbps = DEC;

if_no_bandwidth : BANDWIDTH DEC?;

/* mtu <64-9600> (the interface MTU, 1500 on Ethernet) and ip mtu <68-MTU> (the IP MTU, the interface MTU by default). */
if_mtu : IP? MTU bytes = DEC;

if_no_mtu : IP? MTU DEC?;

/* duplex full|half|auto and speed 10|100|1000|auto of an Ethernet port (auto by default). */
if_port_setting
   : DUPLEX (FULL | HALF | AUTO)
   | SPEED (mbps = DEC | AUTO)
   ;

if_no_port_setting
   : DUPLEX (FULL | HALF | AUTO)?
   | SPEED (DEC | AUTO)?
   ;

/* no ip address: every address; with A M, that address only (IOS checks it is the one configured). */
if_no_ip_address : IP ADDRESS (address = IP_ADDRESS mask = IP_ADDRESS SECONDARY?)?;

if_no_description : DESCRIPTION LINE?;

if_no_encapsulation : ENCAPSULATION DOT1Q (DEC NATIVE?)?;

/*
 * tunnel source IF|A, tunnel destination A, tunnel mode gre ip (IOS's default) | gre multipoint | ipip,
 * tunnel key N, tunnel vrf NAME (the underlay's table). Other tunnel lines (protection, ttl...) are kept inert.
 */
if_tunnel
   : TUNNEL
   (
      SOURCE (interface_name | source = IP_ADDRESS)
      | DESTINATION destination = IP_ADDRESS
      | MODE (GRE (IP | MULTIPOINT) | IPIP)
      | KEY key = DEC
      | VRF vrf = WORD
   )
   ;

if_no_tunnel
   : TUNNEL
   (
      SOURCE (interface_name | IP_ADDRESS)?
      | DESTINATION IP_ADDRESS?
      | MODE (GRE (IP | MULTIPOINT)? | IPIP)?
      | KEY DEC?
      | VRF WORD?
   )
   ;

/* keepalive [period [retries]]: GRE keepalives on a tunnel (10 s, 3 retries by default); kept inert on other interfaces. */
if_keepalive : KEEPALIVE (period = DEC retries = DEC?)?;

if_no_keepalive : KEEPALIVE (DEC DEC?)?;

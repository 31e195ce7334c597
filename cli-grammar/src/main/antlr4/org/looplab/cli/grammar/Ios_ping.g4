/* Reachability tools of EXEC: the options of ping, and traceroute. */
parser grammar Ios_ping;

options { tokenVocab = IosLexer; }

/* ping A.B.C.D then IOS's options in any order: source, repeat, size, timeout, df-bit. */
ping_option
   : SOURCE ping_source
   | REPEAT count = DEC
   | SIZE bytes = DEC
   | TIMEOUT seconds = DEC
   | DF_BIT
   ;

/* The address echoes leave from: an interface's address, or one of the router's addresses. */
ping_source
   : interface_name
   | address = IP_ADDRESS
   ;

/*
 * traceroute [vrf NAME] [ip] A.B.C.D then IOS's options in any order (as NAPALM sends them): source INTERFACE |
 * ADDRESS, ttl MIN MAX, timeout N, probe N, numeric.
 */
exec_traceroute : TRACEROUTE (VRF vrf = WORD)? IP? (destination = IP_ADDRESS | name = WORD) traceroute_option*;

traceroute_option
   : SOURCE ping_source
   | TTL min_ttl = DEC max_ttl = DEC
   | TIMEOUT seconds = DEC
   | PROBE probes = DEC
   | NUMERIC
   ;

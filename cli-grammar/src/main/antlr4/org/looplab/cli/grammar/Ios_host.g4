/*
 * What a router tells the host: syslog (logging ...) and the SNMP agent (snmp-server ...). The lab's edge
 * to the host (ssh-frontend's org.looplab.host) sends and answers for real; here are only the lines.
 */
parser grammar Ios_host;

options { tokenVocab = IosLexer; }

/*
 * logging host A [transport {udp|tcp} [port N]] (also the older logging A); logging trap [LEVEL];
 * logging source-interface IF; logging buffered [SIZE | LEVEL | SIZE LEVEL]; logging origin-id hostname|ip.
 */
cfg_logging : LOGGING logging_setting;

cfg_no_logging
   : LOGGING
   ( logging_host_line
   | TRAP logging_level?
   | SOURCE_INTERFACE interface_name?
   | BUFFERED (DEC logging_level? | logging_level)?
   | ORIGIN_ID (HOSTNAME | IP)?
   )
   ;

logging_setting
   : logging_host_line
   | TRAP logging_level?
   | SOURCE_INTERFACE interface_name
   | BUFFERED (number = DEC level = logging_level? | level = logging_level)?
   | ORIGIN_ID (HOSTNAME | IP)
   ;

logging_host_line : HOST? host = IP_ADDRESS (TRANSPORT transport = (UDP | TCP) (PORT port = DEC)?)?;

/* A severity by name, or its number 0-7. */
logging_level
   : EMERGENCIES | ALERTS | CRITICAL | ERRORS | WARNINGS | NOTIFICATIONS | INFORMATIONAL | DEBUGGING
   | number = DEC
   ;

/*
 * snmp-server community NAME [RO|RW] [ACL]; snmp-server location TEXT; snmp-server contact TEXT;
 * snmp-server host A [traps] [version 2c] (without a version, SNMPv1 traps) COMMUNITY [udp-port N] [snmp] [bgp];
 * snmp-server enable traps [snmp [linkdown] [linkup]] [bgp]; snmp-server ifindex persist.
 */
cfg_snmp_server : SNMP_SERVER snmp_setting;

cfg_no_snmp_server
   : SNMP_SERVER
   ( COMMUNITY name = WORD (RO | RW)? (acl = (DEC | WORD))?
   | LOCATION
   | CONTACT
   | HOST host = IP_ADDRESS (TRAPS? (VERSION V2C)? community = WORD)?
   | snmp_enable_traps
   | IFINDEX PERSIST
   )
   ;

snmp_setting
   : COMMUNITY name = WORD access = (RO | RW)? (acl = (DEC | WORD))?
   | LOCATION text = LINE
   | CONTACT text = LINE
   | HOST host = IP_ADDRESS TRAPS? (VERSION version = V2C)? community = WORD (UDP_PORT port = DEC)?
     (SNMP | BGP)*
   | snmp_enable_traps
   | IFINDEX PERSIST
   ;

snmp_enable_traps : ENABLE TRAPS (SNMP (LINKDOWN | LINKUP)* | BGP)*;

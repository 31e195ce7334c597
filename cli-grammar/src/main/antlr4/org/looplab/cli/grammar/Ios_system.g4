/* Services of the whole device, and the EXEC reports about the device and its sessions. */
parser grammar Ios_system;

options { tokenVocab = IosLexer; }

/* service timestamps {debug|log} [datetime [msec] | uptime]; service password-encryption */
cfg_service : SERVICE service_name;

cfg_no_service : SERVICE service_name;

service_name
   : TIMESTAMPS (facility = (DEBUG | LOG) (DATETIME MSEC? | UPTIME)?)?
   | PASSWORD_ENCRYPTION
   ;

/*
 * show clock [detail] | interfaces description | users | history | terminal | hosts | privilege | memory statistics, and the reports of
 * protocols a looplab router does not run, which answer as an IOSv with them off: show ipv6 interface
 * (empty: no interface has IPv6). Ansible's ios_facts asks for it.
 */
exec_show_system
   : CLOCK DETAIL?
   | INTERFACES DESCRIPTION
   | USERS
   | HISTORY
   | TERMINAL
   | HOSTS
   | PRIVILEGE
   | MEMORY STATISTICS
   | IPV6 INTERFACE
   | exec_show_feature_off
   ;

/*
 * Reports of features a looplab router does not run, answered as an IOSv with them off (what Ansible's
 * ios_facts and NAPALM's getters send): show access-lists, inventory, processes cpu [sorted], interfaces
 * summary, ntp associations|status, environment [all|temperature],
 * lacp sys-id, snmp.
 */
exec_show_feature_off
   : ACCESS_LISTS
   | INVENTORY
   | PROCESSES CPU SORTED?
   | INTERFACES SUMMARY
   | NTP (ASSOCIATIONS | STATUS)
   | ENVIRONMENT (ALL | TEMPERATURE)?
   | LACP SYS_ID
   | SNMP
   ;

/*
 * banner {motd|login|exec|incoming|prompt-timeout|slip-ppp} D TEXT D: the first character after the keyword
 * delimits a text that may span
 * lines; IOS's "^C" (as written in running-config) counts as one delimiter. LINE is the rest of the line.
 */
cfg_banner : BANNER kind = (MOTD | LOGIN | EXEC | INCOMING | PROMPT_TIMEOUT | SLIP_PPP) text = LINE;

cfg_no_banner : BANNER kind = (MOTD | LOGIN | EXEC | INCOMING | PROMPT_TIMEOUT | SLIP_PPP);

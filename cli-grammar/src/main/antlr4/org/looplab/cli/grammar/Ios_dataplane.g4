/* The data plane's state in EXEC: interface counters, the router's IP statistics, its ARP cache and CEF table. */
parser grammar Ios_dataplane;

options { tokenVocab = IosLexer; }

/* clear counters [IF]: asks to confirm, then show interfaces counts from zero (SNMP's counters go on). */
exec_clear_counters : CLEAR COUNTERS interface_name?;

/* clear arp-cache [interface IF]: the learned entries go; the next packet asks again. */
exec_clear_arp_cache : CLEAR ARP_CACHE (INTERFACE interface_name)?;

/* show ip traffic; show arp; show ip arp [A.B.C.D | IF]; show ip cef [A.B.C.D [MASK]] [detail] */
exec_show_dataplane
   : IP TRAFFIC
   | IP CEF (address = IP_ADDRESS mask = IP_ADDRESS?)? DETAIL?
   | ARP
   | IP ARP (address = IP_ADDRESS | interface_name)?
   ;

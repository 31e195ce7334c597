/* The data plane's state in EXEC: interface counters and the router's IP statistics. */
parser grammar Ios_dataplane;

options { tokenVocab = IosLexer; }

/* clear counters [IF]: asks to confirm, then show interfaces counts from zero (SNMP's counters go on). */
exec_clear_counters : CLEAR COUNTERS interface_name?;

/* show ip traffic */
exec_show_dataplane : IP TRAFFIC;

/*
 * Debugging (privileged EXEC): "debug ip ospf adj|events|hello", "debug ip routing", "debug ip packet
 * [ACL] [detail]", "debug ip icmp", their "undebug" and "no debug"
 * forms, "undebug all" / "no debug all", and "show debugging".
 */
parser grammar Ios_debug;

options { tokenVocab = IosLexer; }

exec_debug
   : DEBUG debug_target
   | (UNDEBUG | NO DEBUG) (ALL | debug_target)
   ;

debug_target
   : IP OSPF (ADJ | EVENTS | HELLO)
   | IP ROUTING
   | IP PACKET (acl = acl_name)? DETAIL?
   | IP ICMP
   ;

exec_show_debugging : DEBUGGING;

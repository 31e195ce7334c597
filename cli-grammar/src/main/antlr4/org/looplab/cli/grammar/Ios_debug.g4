/*
 * Debugging (privileged EXEC): "debug ip ospf adj", "debug ip routing", their "undebug" and "no debug"
 * forms, "undebug all" / "no debug all", and "show debugging".
 */
parser grammar Ios_debug;

options { tokenVocab = IosLexer; }

exec_debug
   : DEBUG debug_target
   | (UNDEBUG | NO DEBUG) (ALL | debug_target)
   ;

debug_target
   : IP OSPF ADJ
   | IP ROUTING
   ;

exec_show_debugging : DEBUGGING;

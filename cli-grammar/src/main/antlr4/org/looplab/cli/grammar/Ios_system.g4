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

/* show clock | users | history | terminal | hosts | privilege */
exec_show_system
   : CLOCK
   | USERS
   | HISTORY
   | TERMINAL
   | HOSTS
   | PRIVILEGE
   ;

/* User and privileged EXEC commands. */
parser grammar Ios_exec;

options { tokenVocab = IosLexer; }

/* User EXEC (privilege 1): only what IOS lets level 1 run. */
exec_user_line : exec_user_command EOF;

/* Privileged EXEC (privilege 15). Also reached from config modes by "do". */
exec_line : exec_command EOF;

exec_user_command
   : exec_enable
   | exec_disable
   | exec_exit
   | exec_ping
   | exec_traceroute
   | exec_user_show
   | exec_terminal
   ;

exec_command
   : exec_enable
   | exec_disable
   | exec_exit
   | exec_ping
   | exec_traceroute
   | exec_show
   | exec_terminal
   | exec_configure
   | exec_copy
   | exec_write
   | exec_dir
   ;

exec_enable : ENABLE;

exec_disable : DISABLE;

/* exit, logout and quit all end the session. */
exec_exit : EXIT | LOGOUT | QUIT;

exec_ping : PING destination = IP_ADDRESS ping_option*;

exec_configure : CONFIGURE TERMINAL;

exec_copy : COPY RUNNING_CONFIG STARTUP_CONFIG;

/* "write" alone is "write memory". */
exec_write : WRITE MEMORY?;

exec_terminal : TERMINAL (exec_terminal_length | exec_terminal_width);

exec_terminal_length : LENGTH lines = DEC;

exec_terminal_width : WIDTH columns = DEC;

exec_user_show : SHOW exec_show_public;

/* The policy reports are privileged: a level-1 user's "show r" still means running-config's caret as before. */
exec_show
   : SHOW
   (
      exec_show_public
      | exec_show_running_config
      | exec_show_startup_config
      | exec_show_ip_prefix_list
      | exec_show_route_map
   )
   ;

/* The show commands of privilege level 1. */
exec_show_public
   : exec_show_interfaces
   | exec_show_ip_interface_brief
   | exec_show_ip_interface
   | exec_show_system
   | exec_show_logging
   | exec_show_version
   | exec_show_routing
   ;

exec_show_interfaces : INTERFACES interface_name?;

exec_show_ip_interface_brief : IP INTERFACE BRIEF;

exec_show_logging : LOGGING;

exec_show_version : VERSION;

exec_show_running_config : RUNNING_CONFIG (INTERFACE interface_name)?;

exec_show_ip_interface : IP INTERFACE interface_name?;

exec_show_startup_config : STARTUP_CONFIG;

/* An interface name: the type keyword, then its number. The engine also takes them glued (gi0/0, lo1). */
interface_name
   : GIGABITETHERNET slot_port = SLOT_PORT
   | LOOPBACK number = DEC
   ;

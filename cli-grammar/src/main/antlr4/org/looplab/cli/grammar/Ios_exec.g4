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
   | exec_telnet
   | exec_ssh
   | exec_resume
   | exec_disconnect
   | exec_where
   | exec_who
   | exec_help
   ;

exec_command
   : exec_enable
   | exec_disable
   | exec_exit
   | exec_ping
   | exec_traceroute
   | exec_show
   | exec_terminal
   | exec_configure_replace
   | exec_configure_revert
   | exec_configure
   | exec_archive_config
   | exec_copy
   | exec_reload
   | exec_write
   | exec_dir
   | exec_more
   | exec_delete
   | exec_erase
   | exec_rename
   | exec_verify
   | exec_clear_ip_bgp
   | exec_clear_ip_ospf
   | exec_clear_counters
   | exec_clear_arp_cache
   | exec_telnet
   | exec_ssh
   | exec_resume
   | exec_disconnect
   | exec_where
   | exec_who
   | exec_debug
   | exec_help
   ;

/* help: IOS's text on how '?' works (privilege level 0). */
exec_help : HELP;

/* who: show users by another name. */
exec_who : WHO;

/* enable [N] / disable [N]: to privilege level N (15 / 1 without one). */
exec_enable : ENABLE level = DEC?;

exec_disable : DISABLE level = DEC?;

/* exit, logout and quit all end the session. */
exec_exit : EXIT | LOGOUT | QUIT;

/*
 * ping [vrf NAME] [ip] A.B.C.D [options]: "ip" is the protocol, as Ansible's ios_ping sends it. "ping" alone starts
 * the extended ping dialog (privileged EXEC).
 */
exec_ping : PING (VRF vrf = WORD IP? (destination = IP_ADDRESS | name = WORD) ping_option* | IP? (destination = IP_ADDRESS | name = WORD) ping_option*)?;

exec_configure : CONFIGURE TERMINAL;

/* reload: asks "Proceed with reload? [confirm]", then reboots the router from its startup-config. */
exec_reload : RELOAD;

/* "write" alone is "write memory"; "write erase" is "erase nvram:". */
exec_write : WRITE (MEMORY | ERASE)?;

exec_terminal : TERMINAL (exec_terminal_length | exec_terminal_width | exec_terminal_monitor);

/* terminal [no] monitor: log messages shown live in this session, as IOS does on a vty. */
exec_terminal_monitor : NO? MONITOR;

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
      | exec_show_looplab
      | exec_show_archive
      | exec_show_file_systems
      | exec_show_debugging
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
   | exec_show_bgp
   | exec_show_tcp
   | exec_show_access_lists
   | exec_show_sessions
   | exec_show_dataplane
   | exec_show_ip_ssh
   | exec_show_ssh
   | exec_show_line
   | exec_show_open_ports
   | exec_show_discovery
   ;

/* show ip ssh: the SSH server's version and settings. */
exec_show_ip_ssh : IP SSH;

/* show control-plane host open-ports: the router's own TCP servers and their connections. */
exec_show_open_ports : CONTROL_PLANE HOST OPEN_PORTS;

/* show line [vty A [B] | console 0 | N]: IOS's table of the terminal lines; one line (vty A, console 0, tty N) adds its detail. */
exec_show_line : TERMINAL_LINE (VTY first = DEC last = DEC? | CONSOLE console = DEC | tty = DEC)?;

/* show ssh: the SSH sessions on the router's vty lines. */
exec_show_ssh : SSH;

exec_show_interfaces : INTERFACES interface_name?;

exec_show_ip_interface_brief : IP INTERFACE BRIEF;

exec_show_logging : LOGGING;

exec_show_version : VERSION;

exec_show_running_config : RUNNING_CONFIG (INTERFACE interface_name | ALL | FULL)?;

exec_show_ip_interface : IP INTERFACE interface_name?;

exec_show_startup_config : STARTUP_CONFIG;

/*
 * An interface name: the type keyword, then its number (3, 0/1, 0/0/0, 0/0.10, 1.10). The engine also
 * takes them glued (gi0/0, lo1, se0/0/0); which names a router has is its model's business
 * (org.looplab.router.PortLayout), so the builder puts the caret under a type or number it lacks.
 */
interface_name
   : type = interface_type number = (DEC | SLOT_PORT | IF_NUMBER | ASDOT)
   ;

interface_type
   : ETHERNET
   | FASTETHERNET
   | GIGABITETHERNET
   | TENGIGABITETHERNET
   | SERIAL
   | PORT_CHANNEL
   | LOOPBACK
   | TUNNEL
   | VLAN
   ;

/* telnet A|NAME [PORT] [/source-interface IF]: an in-band session to the router that owns A (a NAME is looked up). */
exec_telnet : TELNET (host = IP_ADDRESS | name = WORD) port = DEC? (SOURCE_INTERFACE_OPTION interface_name)?;

/* ssh [-l USER] [-v 1|2] [-p PORT] A|NAME */
exec_ssh : SSH ssh_option* (host = IP_ADDRESS | name = WORD);

/* resume [N], or N alone: back to a suspended outgoing session (the current one without N). */
exec_resume : RESUME number = DEC? | number = DEC;

/* disconnect [N]: closes an outgoing session after IOS's [confirm]. */
exec_disconnect : DISCONNECT number = DEC?;

/* where: the same list as show sessions. */
exec_where : WHERE;

exec_show_sessions : SESSIONS;

ssh_option
   : DASH_L user = WORD
   | DASH_V version = DEC
   | DASH_P port = DEC
   ;

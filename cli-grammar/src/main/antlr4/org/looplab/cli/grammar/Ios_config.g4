/* Global configuration mode, and the commands every configuration mode accepts. */
parser grammar Ios_config;

options { tokenVocab = IosLexer; }

config_line : config_command EOF;

config_command
   : cfg_hostname
   | cfg_username
   | cfg_enable_secret
   | cfg_interface_range
   | cfg_interface
   | cfg_default_interface
   | cfg_version
   | cfg_line
   | cfg_service
   | cfg_banner
   | cfg_ip_route
   | cfg_router_ospf
   | cfg_router_bgp
   | cfg_ip_prefix_list
   | cfg_ip_as_path
   | cfg_ip_community_list
   | cfg_ip_bgp_community
   | cfg_route_map
   | cfg_enable_password
   | cfg_access_list
   | cfg_ip_access_list
   | cfg_ip_domain_name
   | cfg_ip_host
   | cfg_ip_name_server
   | cfg_crypto_key
   | cfg_ip_ssh
   | cfg_logging
   | cfg_snmp_server
   | cfg_aaa
   | cfg_radius_server
   | cfg_radius_server_global
   | cfg_login
   | cfg_privilege
   | cfg_file_prompt
   | cfg_ip_scp_server
   | cfg_archive
   | cfg_vrf_definition
   | cfg_ip_vrf
   | cfg_discovery
   | cfg_inert
   | cfg_no
   | cfg_any_mode_command
   ;

/* Accepted in every configuration mode, with the same meaning. */
cfg_any_mode_command
   : cfg_do
   | cfg_end
   | cfg_exit
   ;

cfg_do : DO exec_command;

cfg_end : END;

/* exit goes to the parent mode. */
cfg_exit : EXIT;

cfg_hostname : HOSTNAME name = WORD;

/* The release that wrote a saved config; IOS reads it back without changing anything. */
cfg_version : VERSION release = WORD;

/* username NAME [privilege N] [algorithm-type md5|sha256|scrypt] [secret [0|5|8|9] TEXT | password [0|7] TEXT] */
cfg_username : USERNAME name = WORD (PRIVILEGE level = DEC)? cfg_algorithm_type? (SECRET cfg_secret_value | PASSWORD cfg_password_value)?;

/* enable [algorithm-type A] secret [level N] ...: without a level, the secret of level 15. */
cfg_enable_secret : ENABLE cfg_algorithm_type? SECRET (LEVEL level = DEC)? cfg_secret_value;

/* enable password [0|7] TEXT: used by "enable" only when no enable secret is set. */
cfg_enable_password : ENABLE PASSWORD (LEVEL level = DEC)? cfg_password_value;

/* How a plain-text secret is hashed: md5 is type 5, sha256 type 8 (PBKDF2), scrypt type 9. */
cfg_algorithm_type : ALGORITHM_TYPE algorithm = (MD5 | SHA256 | SCRYPT);

/* [0|5|8|9] TEXT: no type or type 0 is plain text; 5 MD5-crypt, 8 PBKDF2-SHA256, 9 scrypt hashes. */
cfg_secret_value : (SECRET_TYPE_0 | SECRET_TYPE_5 | SECRET_TYPE_8 | SECRET_TYPE_9)? text = WORD;

/* [0|7] TEXT: type 0 (or none) plain text, type 7 IOS's reversible encoding. */
cfg_password_value : (SECRET_TYPE_0 | SECRET_TYPE_7)? text = WORD;

cfg_interface : INTERFACE interface_name;

/* interface range IF [- N] [, IF [- N]]...: enters config-if-range; each line applies to every member. */
cfg_interface_range : INTERFACE RANGE cfg_interface_range_item (COMMA cfg_interface_range_item)*;

cfg_interface_range_item : interface_name (HYPHEN last = DEC)?;

/* default interface IF: the interface back to its defaults. */
cfg_default_interface
   : DEFAULT INTERFACE (interface_name | RANGE cfg_interface_range_item (COMMA cfg_interface_range_item)*);

cfg_no
   : NO
   (
      cfg_no_username
      | cfg_no_hostname
      | cfg_no_enable_secret
      | cfg_no_service
      | cfg_no_banner
      | cfg_interface
      | cfg_no_ip_route
      | cfg_router_ospf
      | cfg_router_bgp
      | cfg_no_ip_prefix_list
      | cfg_no_ip_as_path
      | cfg_no_ip_community_list
      | cfg_ip_bgp_community
      | cfg_route_map
      | cfg_no_access_list
      | cfg_ip_access_list
      | cfg_no_ip_domain_name
      | cfg_no_ip_host
      | cfg_no_ip_name_server
      | cfg_no_ip_ssh
      | cfg_no_logging
      | cfg_no_snmp_server
      | cfg_no_aaa
      | cfg_radius_server
      | cfg_no_radius_server_global
      | cfg_no_login
      | cfg_no_privilege
      | cfg_file_prompt
      | cfg_ip_scp_server
      | cfg_archive
      | cfg_vrf_definition
      | cfg_ip_vrf
      | cfg_no_discovery
      | cfg_inert
   )
   ;

cfg_no_username : USERNAME name = WORD;

/* no hostname [NAME]: back to "Router". */
cfg_no_hostname : HOSTNAME WORD?;

cfg_no_enable_secret : ENABLE (SECRET | PASSWORD) (LEVEL level = DEC)?;

/*
 * privilege MODE [all] level N COMMAND | privilege MODE [all] reset COMMAND: the privilege level of a
 * command's keywords in a mode (org.looplab.aaa.CommandPrivileges). COMMAND is read with that mode's
 * grammar by the builder. Other modes stay kept lines (cfg_inert).
 */
cfg_privilege : PRIVILEGE privilege_mode ALL? (LEVEL level = DEC | RESET) command = LINE;

cfg_no_privilege : PRIVILEGE privilege_mode ALL? (LEVEL DEC)? command = LINE;

privilege_mode : EXEC | CONFIGURE | INTERFACE | TERMINAL_LINE | ROUTER | ROUTE_MAP;

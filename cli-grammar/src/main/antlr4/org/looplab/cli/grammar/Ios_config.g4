/* Global configuration mode, and the commands every configuration mode accepts. */
parser grammar Ios_config;

options { tokenVocab = IosLexer; }

config_line : config_command EOF;

config_command
   : cfg_hostname
   | cfg_username
   | cfg_enable_secret
   | cfg_interface
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

cfg_username : USERNAME name = WORD (PRIVILEGE level = DEC)? SECRET cfg_secret_value;

cfg_enable_secret : ENABLE SECRET cfg_secret_value;

/* [0|5] TEXT: no type or type 0 is plain text, type 5 an MD5-crypt hash. */
cfg_secret_value : (SECRET_TYPE_0 | SECRET_TYPE_5)? text = WORD;

cfg_interface : INTERFACE interface_name;

cfg_no
   : NO
   (
      cfg_no_username
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
   )
   ;

cfg_no_username : USERNAME name = WORD;

cfg_no_enable_secret : ENABLE SECRET;

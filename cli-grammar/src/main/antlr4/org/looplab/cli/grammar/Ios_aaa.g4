/*
 * AAA: "aaa new-model", "aaa authentication login default|LIST METHOD...", "aaa authorization exec
 * default|LIST METHOD...", "aaa accounting exec default|LIST start-stop group radius|NAME" and their no
 * forms. Other aaa lines (aaa session-id common, aaa authentication enable ...) stay kept lines: the
 * first word after a modelled keyword that is not modelled takes the rest of the line (other = LINE).
 * RADIUS as IOS 15 writes it: "radius server NAME" (mode config-radius-server, rules rs_) with "address
 * ipv4 A [auth-port N] [acct-port N]" and "key [0|7] TEXT"; "aaa group server radius NAME" (mode
 * config-sg-radius, rules sg_) with "server name NAME"; "radius-server timeout N" and "radius-server
 * retransmit N" (other radius-server lines are kept).
 */
parser grammar Ios_aaa;

options { tokenVocab = IosLexer; }

cfg_aaa
   : AAA
   ( NEW_MODEL
   | AUTHENTICATION (LOGIN list = aaa_list_name aaa_login_method+ | other = LINE)
   | AUTHORIZATION (EXEC list = aaa_list_name aaa_authorization_method+ | other = LINE)
   | ACCOUNTING (EXEC list = aaa_list_name START_STOP aaa_group | other = LINE)
   | GROUP SERVER RADIUS server_group = WORD
   )
   ;

cfg_no_aaa
   : AAA
   ( NEW_MODEL
   | AUTHENTICATION (LOGIN list = aaa_list_name aaa_login_method* | other = LINE)
   | AUTHORIZATION (EXEC list = aaa_list_name aaa_authorization_method* | other = LINE)
   | ACCOUNTING (EXEC list = aaa_list_name (START_STOP aaa_group?)? | other = LINE)
   | GROUP SERVER RADIUS server_group = WORD
   )
   ;

aaa_list_name : DEFAULT | name = WORD;

/* local, enable (the enable secret), line (the line password), none, group radius|NAME. */
aaa_login_method : LOCAL | ENABLE | TERMINAL_LINE | NONE | aaa_group;

aaa_authorization_method : LOCAL | IF_AUTHENTICATED | NONE | aaa_group;

aaa_group : GROUP (RADIUS | name = WORD);

/*
 * login block-for SEC attempts N within SEC; login quiet-mode access-class ACL; login on-failure|on-success
 * log [every N]. Other global login lines (login delay) are kept (other = LINE).
 */
cfg_login
   : LOGIN
   ( BLOCK_FOR block = DEC ATTEMPTS tries = DEC WITHIN within = DEC
   | QUIET_MODE ACCESS_CLASS name = acl_name
   | outcome = (ON_FAILURE | ON_SUCCESS) LOG (EVERY every = DEC)?
   | other = LINE
   )
   ;

cfg_no_login
   : LOGIN
   ( BLOCK_FOR (DEC ATTEMPTS DEC WITHIN DEC)?
   | QUIET_MODE ACCESS_CLASS acl_name?
   | outcome = (ON_FAILURE | ON_SUCCESS) (LOG (EVERY DEC)?)?
   | other = LINE
   )
   ;

/* radius server NAME: enters config-radius-server; "no radius server NAME" (under cfg_no) removes the block. */
cfg_radius_server : RADIUS SERVER name = WORD;

cfg_radius_server_global : RADIUS_SERVER (TIMEOUT seconds = DEC | RETRANSMIT retries = DEC | other = LINE);

cfg_no_radius_server_global : RADIUS_SERVER (TIMEOUT DEC? | RETRANSMIT DEC? | other = LINE);

rs_line : rs_command EOF;

rs_command
   : rs_address
   | rs_key
   | NO (ADDRESS (IPV4 (IP_ADDRESS (AUTH_PORT DEC)? (ACCT_PORT DEC)?)?)? | KEY ((SECRET_TYPE_0 | SECRET_TYPE_7)? LINE)?)
   | cfg_any_mode_command
   ;

/* address ipv4 A [auth-port N] [acct-port N]: IOS's ports are 1645 and 1646 unless given. */
rs_address : ADDRESS IPV4 host = IP_ADDRESS (AUTH_PORT auth = DEC)? (ACCT_PORT acct = DEC)?;

/* key [0|7] TEXT: kept as type 7, whichever way it was typed. */
rs_key : KEY (SECRET_TYPE_0 | type7 = SECRET_TYPE_7)? text = LINE;

sg_line : sg_command EOF;

sg_command
   : sg_server
   | NO sg_server
   | cfg_any_mode_command
   ;

/* server name NAME: a member of the group, tried in the order given. */
sg_server : SERVER NAME name = WORD;

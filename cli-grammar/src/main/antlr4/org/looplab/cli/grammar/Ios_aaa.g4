/*
 * AAA: "aaa new-model", "aaa authentication login default|LIST METHOD...", "aaa authorization exec
 * default|LIST METHOD...", "aaa accounting exec default|LIST start-stop group radius|NAME" and their no
 * forms. Other aaa lines (aaa session-id common, aaa authentication enable ...) stay kept lines: the
 * first word after a modelled keyword that is not modelled takes the rest of the line (other = LINE).
 */
parser grammar Ios_aaa;

options { tokenVocab = IosLexer; }

cfg_aaa
   : AAA
   ( NEW_MODEL
   | AUTHENTICATION (LOGIN list = aaa_list_name aaa_login_method+ | other = LINE)
   | AUTHORIZATION (EXEC list = aaa_list_name aaa_authorization_method+ | other = LINE)
   | ACCOUNTING (EXEC list = aaa_list_name START_STOP aaa_group | other = LINE)
   )
   ;

cfg_no_aaa
   : AAA
   ( NEW_MODEL
   | AUTHENTICATION (LOGIN list = aaa_list_name aaa_login_method* | other = LINE)
   | AUTHORIZATION (EXEC list = aaa_list_name aaa_authorization_method* | other = LINE)
   | ACCOUNTING (EXEC list = aaa_list_name (START_STOP aaa_group?)? | other = LINE)
   )
   ;

aaa_list_name : DEFAULT | name = WORD;

/* local, enable (the enable secret), line (the line password), none, group radius|NAME. */
aaa_login_method : LOCAL | ENABLE | TERMINAL_LINE | NONE | aaa_group;

aaa_authorization_method : LOCAL | IF_AUTHENTICATED | NONE | aaa_group;

aaa_group : GROUP (RADIUS | name = WORD);

/*
 * login block-for SEC attempts N within SEC; login quiet-mode access-class ACL. Other global login lines
 * (login on-failure log, login on-success log, login delay) are kept (other = LINE).
 */
cfg_login
   : LOGIN
   ( BLOCK_FOR block = DEC ATTEMPTS tries = DEC WITHIN within = DEC
   | QUIET_MODE ACCESS_CLASS name = acl_name
   | other = LINE
   )
   ;

cfg_no_login : LOGIN (BLOCK_FOR (DEC ATTEMPTS DEC WITHIN DEC)? | QUIET_MODE ACCESS_CLASS acl_name? | other = LINE);

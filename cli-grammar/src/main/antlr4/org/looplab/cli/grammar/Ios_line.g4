/* Terminal lines: "line con 0", "line vty 0 4", and line configuration mode (config-line). */
parser grammar Ios_line;

options { tokenVocab = IosLexer; }

cfg_line : TERMINAL_LINE line_range;

/* IOS writes "line con 0"; "con" abbreviates console. */
line_range
   : kind = (CONSOLE | AUX) first = DEC
   | kind = VTY first = DEC last = DEC?
   ;

line_line : line_command EOF;

line_command
   : line_setting
   | line_no
   | line_default
   | cfg_any_mode_command
   ;

line_setting
   : line_login
   | line_login_authentication
   | line_transport_input
   | line_transport_output
   | line_exec_timeout
   | line_exec
   | line_privilege_level
   | line_access_class
   | line_password
   | line_session_limit
   | line_logging_synchronous
   | line_stopbits
   ;

/* logging synchronous: a log message shown in a session (terminal monitor) redraws the line being typed. */
line_logging_synchronous : LOGGING SYNCHRONOUS;

/* stopbits {1|1.5|2}: the async framing of a console or aux line; kept, as no serial line exists here. */
line_stopbits : STOPBITS bits = (DEC | WORD);

/* "login" checks the line password, "login local" the username table. */
line_login : LOGIN LOCAL?;

/* login authentication LIST: the AAA method list for this line (with aaa new-model). */
line_login_authentication : LOGIN AUTHENTICATION name = WORD;

/* transport output: the protocols a session on this line may open (telnet, ssh). */
line_transport_output : TRANSPORT OUTPUT (ALL | NONE | (SSH | TELNET)+);

/* access-class ACL in [vrf-also]: the sources that may open a session on this line. */
line_access_class : ACCESS_CLASS name = acl_name IN VRF_ALSO?;

/* password [0|7] TEXT: the line password "login" checks. */
line_password : PASSWORD (SECRET_TYPE_0 | SECRET_TYPE_7)? text = WORD;

/* session-limit N: outgoing sessions a user of this line may hold. */
line_session_limit : SESSION_LIMIT limit = DEC;

line_transport_input : TRANSPORT INPUT (ALL | NONE | (SSH | TELNET)+);

line_exec_timeout : EXEC_TIMEOUT minutes = DEC seconds = DEC?;

/* exec: a session on the line gets an EXEC (the default); "no exec" closes it once the line is allocated. */
line_exec : EXEC;

line_privilege_level : PRIVILEGE LEVEL level = DEC;

/* The no and default forms name the setting; arguments after it are accepted and ignored, as IOS does. */
line_no : NO line_setting_name;

line_default : DEFAULT line_setting_name;

line_setting_name
   : LOGIN LOCAL?
   | LOGIN AUTHENTICATION WORD?
   | TRANSPORT OUTPUT (ALL | NONE | SSH | TELNET)*
   | ACCESS_CLASS (acl_name IN? VRF_ALSO?)?
   | PASSWORD (SECRET_TYPE_0 | SECRET_TYPE_7)? WORD?
   | SESSION_LIMIT DEC?
   | LOGGING SYNCHRONOUS
   | STOPBITS (DEC | WORD)?
   | TRANSPORT INPUT (ALL | NONE | SSH | TELNET)*
   | EXEC_TIMEOUT (DEC DEC?)?
   | EXEC
   | PRIVILEGE LEVEL DEC?
   ;

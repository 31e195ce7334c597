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
   | line_transport_input
   | line_exec_timeout
   | line_privilege_level
   ;

/* "login" checks the line password, "login local" the username table. */
line_login : LOGIN LOCAL?;

line_transport_input : TRANSPORT INPUT (ALL | NONE | (SSH | TELNET)+);

line_exec_timeout : EXEC_TIMEOUT minutes = DEC seconds = DEC?;

line_privilege_level : PRIVILEGE LEVEL level = DEC;

/* The no and default forms name the setting; arguments after it are accepted and ignored, as IOS does. */
line_no : NO line_setting_name;

line_default : DEFAULT line_setting_name;

line_setting_name
   : LOGIN LOCAL?
   | TRANSPORT INPUT (ALL | NONE | SSH | TELNET)*
   | EXEC_TIMEOUT (DEC DEC?)?
   | PRIVILEGE LEVEL DEC?
   ;

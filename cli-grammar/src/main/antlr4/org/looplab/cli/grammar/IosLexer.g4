/*
 * The IOS vocabulary. Keywords are spelled out in full: abbreviation ("sh ip int br") is done by the
 * word-by-word engine (org.looplab.cli.parse), which resolves each typed word to one of these tokens
 * against what the parser expects next. The lexer itself is only used for its vocabulary and for
 * reading text that is already in full keywords.
 * Every keyword and argument kind needs a help text in resources/org/looplab/cli/grammar/help.properties.
 */
lexer grammar IosLexer;

// Built by the engine, never lexed: LINE is the rest of a line (description text); CURSOR stands where
// the next typed word goes and matches nothing, so the parser stops there and says what it expected.
tokens { LINE, CURSOR }

ADDRESS : 'address';
BRIEF : 'brief';
CONFIGURE : 'configure';
CONNECTED : 'connected';
COPY : 'copy';
DESCRIPTION : 'description';
DISABLE : 'disable';
DO : 'do';
ENABLE : 'enable';
END : 'end';
EXIT : 'exit';
GIGABITETHERNET : 'GigabitEthernet';
HOSTNAME : 'hostname';
INTERFACE : 'interface';
INTERFACES : 'interfaces';
IP : 'ip';
LENGTH : 'length';
LOGGING : 'logging';
LOGOUT : 'logout';
LOOPBACK : 'Loopback';
MEMORY : 'memory';
NO : 'no';
NULL : 'Null';
OSPF : 'ospf';
PING : 'ping';
PRIVILEGE : 'privilege';
QUIT : 'quit';
REPEAT : 'repeat';
ROUTE : 'route';
RUNNING_CONFIG : 'running-config';
SECRET : 'secret';
SHOW : 'show';
SHUTDOWN : 'shutdown';
SIZE : 'size';
SOURCE : 'source';
STARTUP_CONFIG : 'startup-config';
STATIC : 'static';
SUMMARY : 'summary';
TERMINAL : 'terminal';
TIMEOUT : 'timeout';
TRACEROUTE : 'traceroute';
USERNAME : 'username';
VERSION : 'version';
WIDTH : 'width';
WRITE : 'write';

// Terminal lines, services, and the device's own reports.
ALL : 'all';
AUX : 'aux';
CLOCK : 'clock';
CONSOLE : 'console';
DATETIME : 'datetime';
DEBUG : 'debug';
DEFAULT : 'default';
EXEC_TIMEOUT : 'exec-timeout';
HISTORY : 'history';
HOSTS : 'hosts';
INPUT : 'input';
LEVEL : 'level';
LOCAL : 'local';
LOG : 'log';
LOGIN : 'login';
MSEC : 'msec';
NONE : 'none';
PASSWORD_ENCRYPTION : 'password-encryption';
SERVICE : 'service';
SSH : 'ssh';
TELNET : 'telnet';
TERMINAL_LINE : 'line';
TIMESTAMPS : 'timestamps';
TRANSPORT : 'transport';
UPTIME : 'uptime';
USERS : 'users';
VTY : 'vty';

// IOS's secret "types" are keywords of one digit: a typed 0 or 5 is the type, anything else the secret.
SECRET_TYPE_0 : '0';
SECRET_TYPE_5 : '5';

// Argument kinds, most specific first. org.looplab.cli.parse.ArgumentKind decides which words fit.
IP_ADDRESS : DIGITS '.' DIGITS '.' DIGITS '.' DIGITS;
SLOT_PORT : DIGITS '/' DIGITS;
DEC : DIGITS;
WORD : ~[ \t\r\n]+;

WS : [ \t\r\n]+ -> skip;

fragment DIGITS : [0-9]+;

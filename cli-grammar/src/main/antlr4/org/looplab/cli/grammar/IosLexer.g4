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
AREA : 'area';
AUTO_COST : 'auto-cost';
BRIEF : 'brief';
BROADCAST : 'broadcast';
CONFIGURE : 'configure';
CONNECTED : 'connected';
COPY : 'copy';
COST : 'cost';
DATABASE : 'database';
DEAD_INTERVAL : 'dead-interval';
DESCRIPTION : 'description';
DISABLE : 'disable';
DO : 'do';
ENABLE : 'enable';
END : 'end';
EXIT : 'exit';
GIGABITETHERNET : 'GigabitEthernet';
HELLO_INTERVAL : 'hello-interval';
HOSTNAME : 'hostname';
INTERFACE : 'interface';
INTERFACES : 'interfaces';
IP : 'ip';
LENGTH : 'length';
LOGGING : 'logging';
LOGOUT : 'logout';
LOOPBACK : 'Loopback';
MEMORY : 'memory';
NEIGHBOR : 'neighbor';
NETWORK : 'network';
NO : 'no';
NULL : 'Null';
OSPF : 'ospf';
PASSIVE_INTERFACE : 'passive-interface';
PING : 'ping';
POINT_TO_POINT : 'point-to-point';
PRIORITY : 'priority';
PRIVILEGE : 'privilege';
PROTOCOLS : 'protocols';
QUIT : 'quit';
REFERENCE_BANDWIDTH : 'reference-bandwidth';
REPEAT : 'repeat';
ROUTE : 'route';
ROUTER : 'router';
ROUTER_ID : 'router-id';
RUNNING_CONFIG : 'running-config';
SECRET : 'secret';
SHOW : 'show';
SHUTDOWN : 'shutdown';
SIZE : 'size';
SOURCE : 'source';
SPF : 'spf';
STARTUP_CONFIG : 'startup-config';
STATIC : 'static';
SUMMARY : 'summary';
TERMINAL : 'terminal';
THROTTLE : 'throttle';
TIMEOUT : 'timeout';
TIMERS : 'timers';
TRACEROUTE : 'traceroute';
USERNAME : 'username';
VERSION : 'version';
WIDTH : 'width';
WRITE : 'write';

// Terminal lines, services, and the device's own reports.
ALL : 'all';
AUX : 'aux';
BANNER : 'banner';
CDP : 'cdp';
CLOCK : 'clock';
CONSOLE : 'console';
DATETIME : 'datetime';
DEBUG : 'debug';
DEFAULT : 'default';
DIR : 'dir';
EXEC : 'exec';
EXEC_TIMEOUT : 'exec-timeout';
HISTORY : 'history';
HOSTS : 'hosts';
IPV6 : 'ipv6';
INPUT : 'input';
LEVEL : 'level';
LLDP : 'lldp';
LOCAL : 'local';
LOG : 'log';
LOGIN : 'login';
MOTD : 'motd';
MSEC : 'msec';
NONE : 'none';
PASSWORD_ENCRYPTION : 'password-encryption';
SERVICE : 'service';
SSH : 'ssh';
STATISTICS : 'statistics';
TELNET : 'telnet';
TERMINAL_LINE : 'line';
TIMESTAMPS : 'timestamps';
TRANSPORT : 'transport';
UPTIME : 'uptime';
USERS : 'users';
VTY : 'vty';

// BGP (Ios_bgp.g4).
ACTIVATE : 'activate';
ADDRESS_FAMILY : 'address-family';
AGGREGATE_ADDRESS : 'aggregate-address';
ALLOWAS_IN : 'allowas-in';
ALWAYS_COMPARE_MED : 'always-compare-med';
AS_PATH : 'as-path';
AS_SET : 'as-set';
AUTO_SUMMARY : 'auto-summary';
BESTPATH : 'bestpath';
BGP : 'bgp';
BOTH : 'both';
CLUSTER_ID : 'cluster-id';
COMPARE_ROUTERID : 'compare-routerid';
DETERMINISTIC_MED : 'deterministic-med';
DISABLE_CONNECTED_CHECK : 'disable-connected-check';
EBGP_MULTIHOP : 'ebgp-multihop';
EXIT_ADDRESS_FAMILY : 'exit-address-family';
EXTENDED : 'extended';
FAST_EXTERNAL_FALLOVER : 'fast-external-fallover';
IBGP : 'ibgp';
IGNORE : 'ignore';
IN : 'in';
INBOUND : 'inbound';
IPV4 : 'ipv4';
IPV4_UNICAST : 'ipv4-unicast';
LOCAL_PREFERENCE : 'local-preference';
LOG_NEIGHBOR_CHANGES : 'log-neighbor-changes';
MASK : 'mask';
MAXIMUM_PATHS : 'maximum-paths';
MAXIMUM_PREFIX : 'maximum-prefix';
MED : 'med';
METRIC : 'metric';
MISSING_AS_WORST : 'missing-as-worst';
NEXT_HOP_SELF : 'next-hop-self';
OUT : 'out';
PASSWORD : 'password';
PEER_GROUP : 'peer-group';
REDISTRIBUTE : 'redistribute';
REMOTE_AS : 'remote-as';
ROUTE_REFLECTOR_CLIENT : 'route-reflector-client';
SEND_COMMUNITY : 'send-community';
SOFT_RECONFIGURATION : 'soft-reconfiguration';
STANDARD : 'standard';
SUMMARY_ONLY : 'summary-only';
SYNCHRONIZATION : 'synchronization';
UNICAST : 'unicast';
UPDATE_SOURCE : 'update-source';
WEIGHT : 'weight';

// Routing policy (Ios_policy.g4).
ACCESS_LIST : 'access-list';
ADDITIVE : 'additive';
BGP_COMMUNITY : 'bgp-community';
COMMUNITY : 'community';
COMMUNITY_LIST : 'community-list';
DENY : 'deny';
DETAIL : 'detail';
EGP : 'egp';
EXACT_MATCH : 'exact-match';
GE : 'ge';
IGP : 'igp';
INCOMPLETE : 'incomplete';
INTERNET : 'internet';
LE : 'le';
LOCAL_AS : 'local-AS';
MATCH : 'match';
NEW_FORMAT : 'new-format';
NEXT_HOP : 'next-hop';
NO_ADVERTISE : 'no-advertise';
NO_EXPORT : 'no-export';
ORIGIN : 'origin';
PERMIT : 'permit';
PREFIX_LIST : 'prefix-list';
PREPEND : 'prepend';
ROUTE_MAP : 'route-map';
SEQ : 'seq';
SET : 'set';

// IOS's secret "types" are keywords of one digit: a typed 0 or 5 is the type, anything else the secret.
SECRET_TYPE_0 : '0';
SECRET_TYPE_5 : '5';
SECRET_TYPE_7 : '7';

// Argument kinds, most specific first. org.looplab.cli.parse.ArgumentKind decides which words fit.
IP_PREFIX : DIGITS '.' DIGITS '.' DIGITS '.' DIGITS '/' DIGITS;
IP_ADDRESS : DIGITS '.' DIGITS '.' DIGITS '.' DIGITS;
/* An AS number in asdot form (1.0 is 65536). */
ASDOT : DIGITS '.' DIGITS;
SLOT_PORT : DIGITS '/' DIGITS;
DEC : DIGITS;
WORD : ~[ \t\r\n]+;

WS : [ \t\r\n]+ -> skip;

fragment DIGITS : [0-9]+;

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
RELOAD : 'reload';
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
RESET : 'reset';
ON_FAILURE : 'on-failure';
ON_SUCCESS : 'on-success';
EVERY : 'every';
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

// BGP and TCP reports, clear ip bgp (Ios_bgp.g4's exec rules).
ADVERTISED_ROUTES : 'advertised-routes';
CLEAR : 'clear';
NEIGHBORS : 'neighbors';
RECEIVED_ROUTES : 'received-routes';
ROUTES : 'routes';
SOFT : 'soft';
STAR : '*';
TCP : 'tcp';

// Interface counters, IP statistics and the ARP cache (Ios_dataplane.g4).
ARP_CACHE : 'arp-cache';
COUNTERS : 'counters';
TRAFFIC : 'traffic';

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

// Interface types beyond GigabitEthernet and Loopback (Ios_interface.g4, org.looplab.router.InterfaceName).
ETHERNET : 'Ethernet';
FASTETHERNET : 'FastEthernet';
PORT_CHANNEL : 'Port-channel';
SERIAL : 'Serial';
TENGIGABITETHERNET : 'TenGigabitEthernet';

// show looplab unmodelled (Ios_inert.g4).
LOOPLAB : 'looplab';
UNMODELLED : 'unmodelled';

// Credentials (Ios_config.g4): algorithm-type md5|sha256|scrypt.
ALGORITHM_TYPE : 'algorithm-type';
MD5 : 'md5';
SCRYPT : 'scrypt';
SHA256 : 'sha256';

// Lines IOS accepts that looplab keeps as settings without behaviour (Ios_inert.g4): heads only.
AAA : 'aaa';
NEW_MODEL : 'new-model';
BLOCK_FOR : 'block-for';
ATTEMPTS : 'attempts';
WITHIN : 'within';
QUIET_MODE : 'quiet-mode';
AUTHORIZATION : 'authorization';
START_STOP : 'start-stop';
IF_AUTHENTICATED : 'if-authenticated';
GROUP : 'group';
RADIUS : 'radius';
// RADIUS servers and server groups (Ios_aaa.g4).
RADIUS_SERVER : 'radius-server';
SERVER : 'server';
NAME : 'name';
AUTH_PORT : 'auth-port';
ACCT_PORT : 'acct-port';
RETRANSMIT : 'retransmit';
ACCESS_GROUP : 'access-group';
ACCOUNTING : 'accounting';
ADMISSION : 'admission';
ALIAS : 'alias';
ARCHIVE : 'archive';
ARP : 'arp';
AUDIT : 'audit';
AUTHENTICATION : 'authentication';
AUTH_PROXY : 'auth-proxy';
AUTOSTATE : 'autostate';
BANDWIDTH : 'bandwidth';
BANDWIDTH_PERCENT : 'bandwidth-percent';
BFD : 'bfd';
BOOT : 'boot';
BOOT_END_MARKER : 'boot-end-marker';
BOOT_START_MARKER : 'boot-start-marker';
CALL_HOME : 'call-home';
CARRIER_DELAY : 'carrier-delay';
CEF : 'cef';
CHANNEL_GROUP : 'channel-group';
CLASSLESS : 'classless';
CLASS_MAP : 'class-map';
CONTROL_PLANE : 'control-plane';
CRC : 'crc';
CRYPTO : 'crypto';
DAMPENING : 'dampening';
DEFAULT_GATEWAY : 'default-gateway';
DEFAULT_NETWORK : 'default-network';
DELAY : 'delay';
DHCP : 'dhcp';
DIAGNOSTIC : 'diagnostic';
DIALER : 'dialer';
DIAL_PEER : 'dial-peer';
DIRECTED_BROADCAST : 'directed-broadcast';
DNS : 'dns';
DOMAIN : 'domain';
DOMAIN_LOOKUP : 'domain-lookup';
DOMAIN_NAME : 'domain-name';
DOT1X : 'dot1x';
DSU : 'dsu';
DUPLEX : 'duplex';
ENCAPSULATION : 'encapsulation';
ERRDISABLE : 'errdisable';
EVENT : 'event';
FAIR_QUEUE : 'fair-queue';
FILE : 'file';
FINGER : 'finger';
FLOW : 'flow';
FLOW_EXPORT : 'flow-export';
FORWARD_PROTOCOL : 'forward-protocol';
FRAME_RELAY : 'frame-relay';
FTP : 'ftp';
GLBP : 'glbp';
HELPER_ADDRESS : 'helper-address';
HOLD_QUEUE : 'hold-queue';
HOLD_TIME : 'hold-time';
HOST : 'host';
HTTP : 'http';
ICMP : 'icmp';
IGMP : 'igmp';
INFORMATION_REPLY : 'information-reply';
INSPECT : 'inspect';
INVERT : 'invert';
IPS : 'ips';
IRDP : 'irdp';
ISIS : 'isis';
KEEPALIVE : 'keepalive';
KEY : 'key';
KRON : 'kron';
LICENSE : 'license';
LOAD_INTERVAL : 'load-interval';
LOCAL_PROXY_ARP : 'local-proxy-arp';
MAC : 'mac';
MACSEC : 'macsec';
MASK_REPLY : 'mask-reply';
MEDIA_TYPE : 'media-type';
MEMORY_SIZE : 'memory-size';
MMI : 'mmi';
MONITOR : 'monitor';
MOP : 'mop';
MPLS : 'mpls';
MROUTE_CACHE : 'mroute-cache';
MSDP : 'msdp';
MTU : 'mtu';
MULTICAST : 'multicast';
MULTICAST_ROUTING : 'multicast-routing';
MULTILINK : 'multilink';
NAME_SERVER : 'name-server';
NAT : 'nat';
NBAR : 'nbar';
NEGOTIATION : 'negotiation';
NETCONF : 'netconf';
NO_AUTOSTATE : 'no-autostate';
NTP : 'ntp';
OBJECT_GROUP : 'object-group';
OPTIONS : 'options';
PARSER : 'parser';
PHYSICAL_LAYER : 'physical-layer';
PIM : 'pim';
PLATFORM : 'platform';
POLICY : 'policy';
POLICY_MAP : 'policy-map';
POWER : 'power';
PPP : 'ppp';
PPPOE : 'pppoe';
PROXY_ARP : 'proxy-arp';
PSEUDOWIRE_CLASS : 'pseudowire-class';
PVC : 'pvc';
REDIRECTS : 'redirects';
REDUNDANCY : 'redundancy';
RESTCONF : 'restconf';
RIP : 'rip';
ROUTE_CACHE : 'route-cache';
RSVP : 'rsvp';
SAP : 'sap';
SCHEDULER : 'scheduler';
SCP : 'scp';
SDM : 'sdm';
SECURITY : 'security';
SEGMENT_ROUTING : 'segment-routing';
SERVICE_POLICY : 'service-policy';
SLA : 'sla';
SNMP : 'snmp';
SNMP_SERVER : 'snmp-server';
SOURCE_ROUTE : 'source-route';
SPANNING_TREE : 'spanning-tree';
SPEED : 'speed';
SPLIT_HORIZON : 'split-horizon';
STANDBY : 'standby';
STORM_CONTROL : 'storm-control';
SUBNET_ZERO : 'subnet-zero';
SUBSCRIBER : 'subscriber';
SUMMARY_ADDRESS : 'summary-address';
SWITCHPORT : 'switchport';
TELEMETRY : 'telemetry';
TFTP : 'tftp';
TFTP_SERVER : 'tftp-server';
TRACK : 'track';
TUNNEL : 'tunnel';
UNNUMBERED : 'unnumbered';
UNREACHABLES : 'unreachables';
VERIFY : 'verify';
VIRTUAL_REASSEMBLY : 'virtual-reassembly';
VLAN : 'vlan';
VOICE : 'voice';
VOICE_CARD : 'voice-card';
VRF : 'vrf';
VRRP : 'vrrp';
VTP : 'vtp';
WCCP : 'wccp';
WSMA : 'wsma';
XCONNECT : 'xconnect';
ZONE_MEMBER : 'zone-member';

// SSH server settings (Ios_mgmt.g4).
AUTHENTICATION_RETRIES : 'authentication-retries';
GENERATE : 'generate';
MODULUS : 'modulus';
RSA : 'rsa';
SOURCE_INTERFACE : 'source-interface';

// In-band sessions (Ios_exec.g4's telnet and ssh).
DASH_L : '-l';
DASH_P : '-p';
DASH_V : '-v';
SOURCE_INTERFACE_OPTION : '/source-interface';

// Access lists (Ios_acl.g4).
ACCESS_CLASS : 'access-class';
OUTPUT : 'output';
SESSION_LIMIT : 'session-limit';
VRF_ALSO : 'vrf-also';
ACCESS_LISTS : 'access-lists';
ADMINISTRATIVELY_PROHIBITED : 'administratively-prohibited';
AHP : 'ahp';
ANY : 'any';
ECHO : 'echo';
ECHO_REPLY : 'echo-reply';
EQ : 'eq';
ESP : 'esp';
ESTABLISHED : 'established';
GRE : 'gre';
GT : 'gt';
HOST_UNREACHABLE : 'host-unreachable';
LT : 'lt';
NEQ : 'neq';
PORT_UNREACHABLE : 'port-unreachable';
RANGE : 'range';
SECONDARY : 'secondary';
SYNCHRONOUS : 'synchronous';
HYPHEN : '-';
COMMA : ',';
REMARK : 'remark';
SMTP : 'smtp';
TIME_EXCEEDED : 'time-exceeded';
TTL_EXCEEDED : 'ttl-exceeded';
UDP : 'udp';
UNREACHABLE : 'unreachable';
WWW : 'www';

// Reports of features that are off (Ios_system.g4's exec_show_feature_off), show running-config full.
ASSOCIATIONS : 'associations';
CPU : 'cpu';
ENVIRONMENT : 'environment';
FULL : 'full';
INVENTORY : 'inventory';
LACP : 'lacp';
PROCESSES : 'processes';
SORTED : 'sorted';
STATUS : 'status';
SYS_ID : 'sys-id';
TEMPERATURE : 'temperature';

// traceroute's options (Ios_ping.g4).
NUMERIC : 'numeric';
PROBE : 'probe';
TTL : 'ttl';

// Syslog and SNMP towards the host (Ios_host.g4).
ALERTS : 'alerts';
BUFFERED : 'buffered';
CONTACT : 'contact';
CRITICAL : 'critical';
DEBUGGING : 'debugging';
EMERGENCIES : 'emergencies';
ERRORS : 'errors';
IFINDEX : 'ifindex';
INFORMATIONAL : 'informational';
LINKDOWN : 'linkdown';
LINKUP : 'linkup';
LOCATION : 'location';
NOTIFICATIONS : 'notifications';
ORIGIN_ID : 'origin-id';
PERSIST : 'persist';
PORT : 'port';
RO : 'RO';
RW : 'RW';
TRAP : 'trap';
TRAPS : 'traps';
UDP_PORT : 'udp-port';
V2C : '2c';
WARNINGS : 'warnings';

// IOS's secret "types" are keywords of one digit: a typed 0 or 5 is the type, anything else the secret.
SECRET_TYPE_0 : '0';
SECRET_TYPE_5 : '5';
SECRET_TYPE_7 : '7';
SECRET_TYPE_8 : '8';
SECRET_TYPE_9 : '9';

// Argument kinds, most specific first. org.looplab.cli.parse.ArgumentKind decides which words fit.
IP_PREFIX : DIGITS '.' DIGITS '.' DIGITS '.' DIGITS '/' DIGITS;
IP_ADDRESS : DIGITS '.' DIGITS '.' DIGITS '.' DIGITS;
/* An AS number in asdot form (1.0 is 65536). */
ASDOT : DIGITS '.' DIGITS;
SLOT_PORT : DIGITS '/' DIGITS;
/* An interface number of another form: slot/subslot/port (0/0/0), or with a subinterface (0/0.10). */
IF_NUMBER : DIGITS ('/' DIGITS)+ ('.' DIGITS)?;
DEC : DIGITS;
WORD : ~[ \t\r\n]+;

WS : [ \t\r\n]+ -> skip;

fragment DIGITS : [0-9]+;

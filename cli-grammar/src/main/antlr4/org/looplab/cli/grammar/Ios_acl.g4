/*
 * IPv4 access lists: numbered "access-list N ..." (1-99 and 1300-1999 standard, 100-199 and 2000-2699
 * extended), named "ip access-list standard|extended NAME" and their modes (config-std-nacl, rules
 * acl_std_; config-ext-nacl, rules acl_ext_), "ip access-group" and "ip unreachables" on interfaces, and
 * "show [ip] access-lists". Standard and extended rules start with different tokens (an address or "any"
 * / "host" against a protocol), so a numbered line parses either way and the builder checks the number.
 */
parser grammar Ios_acl;

options { tokenVocab = IosLexer; }

/* access-list N remark TEXT | access-list N permit|deny RULE */
cfg_access_list : ACCESS_LIST number = DEC (REMARK text = LINE | action = (PERMIT | DENY) (acl_std_match | acl_ext_match));

/* no access-list N [...]: as on IOS, the whole list goes whatever follows the number. */
cfg_no_access_list : ACCESS_LIST number = DEC (REMARK LINE | (PERMIT | DENY) (acl_std_match | acl_ext_match))?;

/* ip access-list standard|extended NAME: enters the list's mode; also "no ip access-list ..." under cfg_no. */
cfg_ip_access_list : IP ACCESS_LIST kind = (STANDARD | EXTENDED) name = acl_name;

acl_name : WORD | DEC;

/* Standard: the source only. "A" alone is a host; "A W" takes wildcard bits. */
acl_std_match : acl_std_address LOG?;

acl_std_address
   : ANY
   | HOST address = IP_ADDRESS
   | address = IP_ADDRESS wildcard = IP_ADDRESS?
   ;

/* Extended: protocol, source [port], destination [port], ICMP type, established, log. */
acl_ext_match
   : acl_protocol source = acl_ext_address source_port = acl_port? destination = acl_ext_address
     destination_port = acl_port? acl_icmp_type? ESTABLISHED? LOG?
   ;

acl_protocol : IP | ICMP | TCP | UDP | GRE | ESP | AHP | OSPF | DEC;

acl_ext_address
   : ANY
   | HOST address = IP_ADDRESS
   | address = IP_ADDRESS wildcard = IP_ADDRESS
   ;

acl_port
   : op = (EQ | NEQ | LT | GT) acl_port_value
   | op = RANGE acl_port_value acl_port_value
   ;

acl_port_value : DEC | BGP | DOMAIN | FTP | SMTP | TELNET | WWW | NTP | SNMP | TFTP;

acl_icmp_type
   : ECHO
   | ECHO_REPLY
   | UNREACHABLE
   | HOST_UNREACHABLE
   | PORT_UNREACHABLE
   | ADMINISTRATIVELY_PROHIBITED
   | TTL_EXCEEDED
   | TIME_EXCEEDED
   | type = DEC code = DEC?
   ;

acl_std_line : acl_std_command EOF;

acl_std_command
   : acl_std_rule
   | acl_remark
   | acl_std_no
   | cfg_any_mode_command
   ;

/* [SEQ] permit|deny SOURCE [log] */
acl_std_rule : (seq = DEC)? action = (PERMIT | DENY) acl_std_match;

acl_remark : REMARK text = LINE;

/* no SEQ | no [SEQ] permit|deny ... | no remark TEXT */
acl_std_no : NO (acl_std_rule | acl_remark | seq = DEC);

acl_ext_line : acl_ext_command EOF;

acl_ext_command
   : acl_ext_rule
   | acl_remark
   | acl_ext_no
   | cfg_any_mode_command
   ;

acl_ext_rule : (seq = DEC)? action = (PERMIT | DENY) acl_ext_match;

acl_ext_no : NO (acl_ext_rule | acl_remark | seq = DEC);

/* ip access-group NAME in|out on an interface */
if_ip_access_group : IP ACCESS_GROUP name = acl_name direction = (IN | OUT);

if_no_ip_access_group : IP ACCESS_GROUP acl_name? direction = (IN | OUT);

/* ip unreachables (the default) / no ip unreachables: ICMP unreachables for packets received here. */
if_ip_unreachables : IP UNREACHABLES;

/* show access-lists [NAME] | show ip access-lists [NAME] */
exec_show_access_lists : IP? ACCESS_LISTS name = acl_name?;

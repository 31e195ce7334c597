/*
 * Routing policy: "ip prefix-list", "ip as-path access-list", "ip community-list" in global
 * configuration, "route-map NAME [permit|deny] [SEQ]" and its mode (config-route-map, rules rm_), and
 * the "show ip prefix-list" and "show route-map" reports.
 */
parser grammar Ios_policy;

options { tokenVocab = IosLexer; }

/* ip prefix-list NAME [seq N] permit|deny A.B.C.D/L [ge N] [le N] | ip prefix-list NAME description TEXT */
cfg_ip_prefix_list : IP PREFIX_LIST name = WORD ((SEQ seq = DEC)? prefix_list_rule | DESCRIPTION text = LINE);

prefix_list_rule : action = (PERMIT | DENY) prefix = IP_PREFIX (GE ge = DEC)? (LE le = DEC)?;

/* no ip prefix-list NAME [seq N] [RULE] | no ip prefix-list NAME description [TEXT] */
cfg_no_ip_prefix_list
   : IP PREFIX_LIST name = WORD
   (
      SEQ seq = DEC prefix_list_rule?
      | prefix_list_rule
      | DESCRIPTION LINE?
   )?
   ;

/* ip as-path access-list N permit|deny REGEXP: the regexp is the rest of the line. */
cfg_ip_as_path : IP AS_PATH ACCESS_LIST number = DEC action = (PERMIT | DENY) regex = LINE;

cfg_no_ip_as_path : IP AS_PATH ACCESS_LIST number = DEC (action = (PERMIT | DENY) regex = LINE)?;

/* ip bgp-community new-format: communities written AA:NN instead of one number; also its no form. */
cfg_ip_bgp_community : IP BGP_COMMUNITY NEW_FORMAT;

/* ip community-list N | standard NAME permit|deny COMMUNITY... */
cfg_ip_community_list : IP COMMUNITY_LIST community_list_name action = (PERMIT | DENY) community_value+;

cfg_no_ip_community_list : IP COMMUNITY_LIST community_list_name (action = (PERMIT | DENY) community_value+)?;

community_list_name
   : number = DEC
   | STANDARD name = WORD
   ;

/* AA:NN, a 32-bit number, or a well-known community. */
community_value
   : DEC
   | WORD
   | INTERNET
   | NO_EXPORT
   | NO_ADVERTISE
   | LOCAL_AS
   ;

/* route-map NAME [permit|deny] [SEQ]: enters config-route-map; also "no route-map ..." under cfg_no. */
cfg_route_map : ROUTE_MAP name = WORD action = (PERMIT | DENY)? seq = DEC?;

rm_line : rm_command EOF;

rm_command
   : rm_match
   | rm_set
   | rm_no
   | cfg_any_mode_command
   ;

rm_match : MATCH rm_match_clause;

rm_match_clause
   : IP ADDRESS PREFIX_LIST WORD+
   | AS_PATH DEC+
   | COMMUNITY community_list_ref+ EXACT_MATCH?
   ;

/* A community list by number or name. */
community_list_ref
   : DEC
   | WORD
   ;

rm_set : SET rm_set_clause;

rm_set_clause
   : LOCAL_PREFERENCE value = DEC
   | WEIGHT value = DEC
   | METRIC value = DEC
   | AS_PATH PREPEND bgp_asn+
   | COMMUNITY (community_value+ ADDITIVE? | NONE)
   | ORIGIN (IGP | EGP remote = DEC? | INCOMPLETE)
   | IP NEXT_HOP address = IP_ADDRESS
   ;

rm_no
   : NO
   (
      MATCH rm_no_match_clause
      | SET rm_no_set_clause
   )
   ;

/* no match ...: the lists named go, or the whole clause when none is named. */
rm_no_match_clause
   : IP ADDRESS PREFIX_LIST WORD*
   | AS_PATH DEC*
   | COMMUNITY community_list_ref* EXACT_MATCH?
   ;

rm_no_set_clause
   : LOCAL_PREFERENCE DEC?
   | WEIGHT DEC?
   | METRIC DEC?
   | AS_PATH PREPEND bgp_asn*
   | COMMUNITY (community_value* ADDITIVE? | NONE)
   | ORIGIN (IGP | EGP DEC? | INCOMPLETE)?
   | IP NEXT_HOP IP_ADDRESS?
   ;

/* show ip prefix-list [detail] [NAME] */
exec_show_ip_prefix_list : IP PREFIX_LIST DETAIL? name = WORD?;

/* show route-map [NAME] */
exec_show_route_map : ROUTE_MAP name = WORD?;

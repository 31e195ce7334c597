/* CDP and LLDP (org.looplab.discovery): global switches and timers, the per-port switches, and their reports. */
parser grammar Ios_discovery;

options { tokenVocab = IosLexer; }

/* cdp run | cdp timer <5-254> | cdp holdtime <10-255>; lldp run | lldp timer <5-65534> | lldp holdtime <0-65535> */
cfg_discovery : protocol = (CDP | LLDP) (RUN | TIMER seconds = DEC | HOLDTIME seconds = DEC);

/* no cdp run | no cdp timer | no cdp holdtime (back to the defaults); the same for lldp */
cfg_no_discovery : protocol = (CDP | LLDP) (RUN | TIMER DEC? | HOLDTIME DEC?);

/* cdp enable; lldp transmit | lldp receive (and their no forms, through if_no) */
if_discovery : CDP ENABLE | LLDP (TRANSMIT | RECEIVE);

/*
 * show cdp [neighbors [IF] [detail] | entry NAME|* | interface [IF] | traffic];
 * show lldp [neighbors [IF] [detail] | interface [IF] | traffic]
 */
exec_show_discovery
   : CDP (NEIGHBORS interface_name? DETAIL? | ENTRY (name = WORD | STAR) | INTERFACE interface_name? | TRAFFIC)?
   | LLDP (NEIGHBORS interface_name? DETAIL? | INTERFACE interface_name? | TRAFFIC)?
   ;

/* The CDP and LLDP lines kept without behaviour (Ios_inert.g4 takes the rest of the line). */
cfg_inert_cdp_head : ADVERTISE_V2 | LOG | SOURCE_INTERFACE | TLV;

cfg_inert_lldp_head : REINIT | TLV_SELECT;

if_inert_lldp_head : TLV_SELECT | MED_TLV_SELECT;

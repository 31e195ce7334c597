/*
 * Lines IOS accepts that looplab keeps as settings without behaviour: the everyday lines of every config
 * (ip cef, boot markers, no aaa new-model...) and the features it does not simulate (ntp, snmp-server,
 * crypto, EIGRP...). The grammar checks the head words, so a typo there still gets IOS's
 * caret; the rest of the line is kept as written (org.looplab.cli.config.InertSettings), running-config
 * writes it back, its "no" form removes it, and "show looplab unmodelled" lists what is not simulated.
 */
parser grammar Ios_inert;

options { tokenVocab = IosLexer; }

cfg_inert : cfg_inert_head rest = LINE?;

cfg_inert_head
   : AAA
   | BOOT
   | BOOT_START_MARKER
   | BOOT_END_MARKER
   | CONTROL_PLANE
   | CRYPTO
   | CLASS_MAP
   | POLICY_MAP
   | KEY
   | LICENSE
   | MMI
   | MULTILINK
   | NTP
   | REDUNDANCY
   | SNMP_SERVER
   | SNMP
   | SPANNING_TREE
   | VTP
   | VLAN
   | DIAL_PEER
   | VOICE
   | VOICE_CARD
   | GATEKEEPER
   | MGCP
   | UPGRADE
   | TRACK
   | OBJECT_GROUP
   | ERRDISABLE
   | DIAGNOSTIC
   | PLATFORM
   | MEMORY_SIZE
   | SCHEDULER
   | ALIAS
   | KRON
   | EVENT
   | FILE
   | CALL_HOME
   | SUBSCRIBER
   | TFTP_SERVER
   | SECURITY
   | PARSER
   | SDM
   | DOT1X
   | MAC
   | MONITOR
   | WSMA
   | NETCONF
   | RESTCONF
   | TELEMETRY
   | XCONNECT
   | PSEUDOWIRE_CLASS
   | MPLS
   | SEGMENT_ROUTING
   | BFD
   | LOGGING
   | CDP cfg_inert_cdp_head
   | LLDP cfg_inert_lldp_head
   | IPV6
   | LOGIN
   | CLOCK
   | PRIVILEGE
   | IP cfg_inert_ip_head
   | SERVICE inert_word = WORD
   | ROUTER inert_word = WORD
   ;

cfg_inert_ip_head
   : ADMISSION
   | AUDIT
   | AUTH_PROXY
   | CEF
   | CLASSLESS
   | DEFAULT_GATEWAY
   | DEFAULT_NETWORK
   | DHCP
   | DNS
   | DOMAIN
   | DOMAIN_LOOKUP
   | FINGER
   | FLOW_EXPORT
   | FORWARD_PROTOCOL
   | FTP
   | HOST VRF
   | HTTP
   | ICMP
   | IGMP
   | INSPECT
   | IPS
   | LOCAL
   | MSDP
   | MULTICAST
   | MULTICAST_ROUTING
   | NAME_SERVER VRF
   | NAT
   | OPTIONS
   | PIM
   | RSVP
   | SCP
   | SLA
   | SOURCE_ROUTE
   | SUBNET_ZERO
   | TCP
   | TFTP
   | SSH
   ;

if_inert : if_inert_head rest = LINE?;

if_inert_head
   : HALF_DUPLEX
   | FULL_DUPLEX
   | NEGOTIATION
   | MEDIA_TYPE
   | BANDWIDTH
   | DELAY
   | LOAD_INTERVAL
   | ENCAPSULATION
   | STANDBY
   | VRRP
   | CHANNEL_GROUP
   | SWITCHPORT
   | MOP
   | SERVICE_POLICY
   | PPP
   | TUNNEL
   | HOLD_QUEUE
   | ARP
   | CRYPTO
   | MPLS
   | BFD
   | ISIS
   | CARRIER_DELAY
   | DAMPENING
   | XCONNECT
   | PPPOE
   | DIALER
   | FAIR_QUEUE
   | NO_AUTOSTATE
   | GLBP
   | NAT
   | ZONE_MEMBER
   | STORM_CONTROL
   | SPANNING_TREE
   | POWER
   | SNMP
   | LOGGING
   | LLDP if_inert_lldp_head
   | CDP TLV
   | CLOCK
   | IPV6
   | SERIAL
   | DSU
   | FRAME_RELAY
   | PVC
   | PHYSICAL_LAYER
   | INVERT
   | CRC
   | AUTOSTATE
   | MACSEC
   | IP if_inert_ip_head
   ;

if_inert_ip_head
   : ACCOUNTING
   | ADDRESS DHCP
   | ADMISSION
   | AUTHENTICATION
   | BANDWIDTH_PERCENT
   | DHCP
   | DIRECTED_BROADCAST
   | FLOW
   | HELPER_ADDRESS
   | HOLD_TIME
   | IGMP
   | INFORMATION_REPLY
   | INSPECT
   | IPS
   | IRDP
   | LOCAL_PROXY_ARP
   | MASK_REPLY
   | MROUTE_CACHE
   | NAT
   | NBAR
   | NHRP
   | PIM
   | POLICY
   | PROXY_ARP
   | REDIRECTS
   | RIP
   | ROUTE_CACHE
   | ROUTER
   | SAP
   | SPLIT_HORIZON
   | SUMMARY_ADDRESS
   | TCP
   | UNNUMBERED
   | VERIFY
   | VIRTUAL_REASSEMBLY
   | WCCP
   ;

/* show looplab unmodelled: the kept lines that looplab does not simulate. */
exec_show_looplab : LOOPLAB UNMODELLED;

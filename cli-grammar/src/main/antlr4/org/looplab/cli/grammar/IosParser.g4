/*
 * The IOS language: this grammar only imports one grammar per feature. Rules are prefixed by the mode
 * that accepts them (exec_, cfg_, if_); each mode has one start rule ending in EOF (see
 * org.looplab.cli.mode.Mode). Keep rules LL(1) where possible: the word-by-word engine asks the parser
 * what may come next after every word.
 */
parser grammar IosParser;

options { tokenVocab = IosLexer; }

import Ios_exec, Ios_config, Ios_interface, Ios_routing, Ios_ping, Ios_ospf, Ios_line, Ios_system, Ios_bgp, Ios_policy, Ios_acl, Ios_mgmt, Ios_host, Ios_aaa, Ios_dataplane, Ios_files, Ios_archive, Ios_debug, Ios_vrf, Ios_discovery, Ios_inert;

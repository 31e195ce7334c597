package org.looplab.cli.command;

import static org.looplab.cli.command.ArgumentValues.address;
import static org.looplab.cli.command.ArgumentValues.asNumber;
import static org.looplab.cli.command.ArgumentValues.longNumber;
import static org.looplab.cli.command.ArgumentValues.number;
import static org.looplab.cli.command.ArgumentValues.words;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Origin;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.policy.AsPathAccessList;
import org.looplab.policy.Communities;
import org.looplab.policy.CommunityList;
import org.looplab.policy.PrefixListEntry;
import org.looplab.policy.RouteMap;
import org.looplab.policy.RouteMapMatch;
import org.looplab.policy.RouteMapSet;
import org.looplab.policy.RoutingPolicies;

/**
 * Typed commands of the policy grammar (Ios_policy.g4): prefix lists, AS-path and community lists,
 * route-maps and their match/set clauses, and their reports. Values out of IOS's ranges get the caret
 * under the word. Answers null for rules that are not policy's.
 */
final class PolicyCommandBuilder {
    Command build(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_ip_prefix_listContext list) {
            return prefixList(list);
        }
        if (ctx instanceof Cfg_ip_as_pathContext asPath) {
            int number = asPathNumber(asPath.number);
            boolean permit = asPath.action.getType() == IosLexer.PERMIT;
            String regex = asPath.regex.getText();
            return change(ctx, policies -> policies.addAsPathEntry(number, permit, regex));
        }
        if (ctx instanceof Cfg_ip_community_listContext list) {
            String name = communityListName(list.community_list_name());
            boolean permit = list.action.getType() == IosLexer.PERMIT;
            List<Long> values = communities(list.community_value());
            return change(ctx, policies -> policies.addCommunityListEntry(name, permit, values));
        }
        if (ctx instanceof Cfg_ip_bgp_communityContext) {
            return change(ctx, policies -> policies.setCommunityNewFormat(true));
        }
        if (ctx instanceof Cfg_route_mapContext map) {
            return new EnterRouteMap(map.name.getText(), map.action == null ? null : map.action.getType() == IosLexer.PERMIT,
                    map.seq == null ? null : number(map.seq, 0, RouteMap.MAX_SEQUENCE));
        }
        if (ctx instanceof Cfg_noContext no) {
            return negated(no);
        }
        if (ctx instanceof Rm_matchContext match) {
            return new ChangeRouteMapEntry(match(match.rm_match_clause()), null, null, true);
        }
        if (ctx instanceof Rm_setContext set) {
            return new ChangeRouteMapEntry(null, set(set.rm_set_clause()), null, true);
        }
        if (ctx instanceof Rm_noContext no) {
            if (no.rm_no_match_clause() != null) {
                return new ChangeRouteMapEntry(matchRemoved(no.rm_no_match_clause()), null, null, false);
            }
            return new ChangeRouteMapEntry(null, null, setKind(no.rm_no_set_clause()), false);
        }
        Exec_showContext show = ctx instanceof Exec_showContext privileged ? privileged : null;
        if (show != null && show.exec_show_ip_prefix_list() != null) {
            Exec_show_ip_prefix_listContext list = show.exec_show_ip_prefix_list();
            return new ShowPolicy(list.DETAIL() != null ? ShowPolicy.Report.PREFIX_LIST_DETAIL
                    : ShowPolicy.Report.PREFIX_LIST, list.name == null ? null : list.name.getText());
        }
        if (show != null && show.exec_show_route_map() != null) {
            Token name = show.exec_show_route_map().name;
            return new ShowPolicy(ShowPolicy.Report.ROUTE_MAP, name == null ? null : name.getText());
        }
        return null;
    }

    private static Command change(ParserRuleContext ctx, Function<RoutingPolicies, String> change) {
        return new ChangePolicy(words(ctx), change);
    }

    // ---- ip prefix-list ----

    private static Command prefixList(Cfg_ip_prefix_listContext list) {
        String name = list.name.getText();
        if (list.DESCRIPTION() != null) {
            String text = list.text.getText();
            return change(list, policies -> policies.setPrefixListDescription(name, text));
        }
        Long seq = list.seq == null ? null : longNumber(list.seq, 1, PrefixListEntry.MAX_SEQUENCE);
        PrefixListEntry rule = rule(list.prefix_list_rule());
        return change(list, policies -> policies.addPrefixListEntry(name, seq, rule.permit(), rule.prefix().network(),
                rule.prefix().length(), rule.ge(), rule.le()));
    }

    /** The rule of an entry (sequence 0); the prefix as typed, host bits and all. */
    private static PrefixListEntry rule(Prefix_list_ruleContext rule) {
        String[] parts = rule.prefix.getText().split("/");
        Ipv4Address address = Ipv4Address.parse(parts[0]);
        int length = Integer.parseInt(parts[1]);
        if (address == null || length > 32) {
            throw new InvalidArgumentException(rule.prefix.getCharPositionInLine());
        }
        int ge = rule.ge == null ? 0 : number(rule.ge, 1, 32);
        int le = rule.le == null ? 0 : number(rule.le, 1, 32);
        return new PrefixListEntry(0, rule.action.getType() == IosLexer.PERMIT,
                Ipv4Prefix.containing(address, length), ge, le);
    }

    // ---- community values ----

    private static String communityListName(Community_list_nameContext name) {
        if (name.number != null) {
            return Integer.toString(number(name.number, 1, CommunityList.MAX_STANDARD_NUMBER));
        }
        return name.name.getText();
    }

    private static List<Long> communities(List<Community_valueContext> values) {
        List<Long> parsed = new ArrayList<>();
        for (Community_valueContext value : values) {
            Long community = Communities.parse(value.getText());
            if (community == null) {
                throw new InvalidArgumentException(value.start.getCharPositionInLine());
            }
            parsed.add(community);
        }
        return parsed;
    }

    private static int asPathNumber(Token number) {
        return number(number, 1, AsPathAccessList.MAX_NUMBER);
    }

    // ---- no forms ----

    private static Command negated(Cfg_noContext no) {
        if (no.cfg_ip_bgp_community() != null) {
            return change(no, policies -> policies.setCommunityNewFormat(false));
        }
        if (no.cfg_no_ip_prefix_list() != null) {
            Cfg_no_ip_prefix_listContext list = no.cfg_no_ip_prefix_list();
            String name = list.name.getText();
            if (list.DESCRIPTION() != null) {
                return change(no, policies -> policies.removePrefixListDescription(name));
            }
            Long seq = list.seq == null ? null : longNumber(list.seq, 1, PrefixListEntry.MAX_SEQUENCE);
            PrefixListEntry rule = list.prefix_list_rule() == null ? null : rule(list.prefix_list_rule());
            if (seq == null && rule == null) {
                return change(no, policies -> policies.removePrefixList(name));
            }
            return change(no, policies -> policies.removePrefixListEntry(name, seq, rule));
        }
        if (no.cfg_no_ip_as_path() != null) {
            Cfg_no_ip_as_pathContext asPath = no.cfg_no_ip_as_path();
            int number = asPathNumber(asPath.number);
            if (asPath.action == null) {
                return change(no, policies -> policies.removeAsPathAccessList(number));
            }
            boolean permit = asPath.action.getType() == IosLexer.PERMIT;
            String regex = asPath.regex.getText();
            return change(no, policies -> policies.removeAsPathEntry(number, permit, regex));
        }
        if (no.cfg_no_ip_community_list() != null) {
            Cfg_no_ip_community_listContext list = no.cfg_no_ip_community_list();
            String name = communityListName(list.community_list_name());
            if (list.action == null) {
                return change(no, policies -> policies.removeCommunityList(name));
            }
            boolean permit = list.action.getType() == IosLexer.PERMIT;
            List<Long> values = communities(list.community_value());
            return change(no, policies -> policies.removeCommunityListEntry(name, permit, values));
        }
        if (no.cfg_route_map() != null) {
            Cfg_route_mapContext map = no.cfg_route_map();
            String name = map.name.getText();
            if (map.seq == null) {
                return change(no, policies -> policies.removeRouteMap(name));
            }
            int seq = number(map.seq, 0, RouteMap.MAX_SEQUENCE);
            return change(no, policies -> policies.removeRouteMapEntry(name, seq));
        }
        return null;
    }

    // ---- route-map clauses ----

    private static RouteMapMatch match(Rm_match_clauseContext clause) {
        if (clause.PREFIX_LIST() != null) {
            return new RouteMapMatch.PrefixList(clause.WORD().stream().map(word -> word.getText()).toList());
        }
        if (clause.AS_PATH() != null) {
            return new RouteMapMatch.AsPath(clause.DEC().stream().map(dec -> asPathNumber(dec.getSymbol())).toList());
        }
        return new RouteMapMatch.Community(listRefs(clause.community_list_ref()), clause.EXACT_MATCH() != null);
    }

    private static RouteMapMatch matchRemoved(Rm_no_match_clauseContext clause) {
        if (clause.PREFIX_LIST() != null) {
            return new RouteMapMatch.PrefixList(clause.WORD().stream().map(word -> word.getText()).toList());
        }
        if (clause.AS_PATH() != null) {
            return new RouteMapMatch.AsPath(clause.DEC().stream().map(dec -> asPathNumber(dec.getSymbol())).toList());
        }
        return new RouteMapMatch.Community(listRefs(clause.community_list_ref()), clause.EXACT_MATCH() != null);
    }

    private static List<String> listRefs(List<Community_list_refContext> refs) {
        List<String> names = new ArrayList<>();
        for (Community_list_refContext ref : refs) {
            names.add(ref.DEC() != null ? Integer.toString(number(ref.DEC().getSymbol(), 1, 500)) : ref.getText());
        }
        return names;
    }

    private static RouteMapSet set(Rm_set_clauseContext clause) {
        if (clause.LOCAL_PREFERENCE() != null) {
            return new RouteMapSet.LocalPreference(longNumber(clause.value, 0, 0xFFFFFFFFL));
        }
        if (clause.WEIGHT() != null) {
            return new RouteMapSet.Weight(number(clause.value, 0, 65535));
        }
        if (clause.METRIC() != null) {
            return new RouteMapSet.Metric(longNumber(clause.value, 0, 0xFFFFFFFFL));
        }
        if (clause.PREPEND() != null) {
            List<AsNumber> prepended = clause.bgp_asn().stream().map(ArgumentValues::asNumber).toList();
            return new RouteMapSet.AsPathPrepend(prepended);
        }
        if (clause.COMMUNITY() != null) {
            if (clause.NONE() != null) {
                return new RouteMapSet.Community(List.of(), false);
            }
            return new RouteMapSet.Community(communities(clause.community_value()), clause.ADDITIVE() != null);
        }
        if (clause.ORIGIN() != null) {
            if (clause.remote != null) {
                longNumber(clause.remote, 1, AsNumber.MAX);
            }
            return new RouteMapSet.SetOrigin(clause.IGP() != null ? Origin.IGP
                    : clause.EGP() != null ? Origin.EGP : Origin.INCOMPLETE);
        }
        return new RouteMapSet.IpNextHop(address(clause.address));
    }

    private static Class<? extends RouteMapSet> setKind(Rm_no_set_clauseContext clause) {
        return clause.LOCAL_PREFERENCE() != null ? RouteMapSet.LocalPreference.class
                : clause.WEIGHT() != null ? RouteMapSet.Weight.class
                : clause.METRIC() != null ? RouteMapSet.Metric.class
                : clause.PREPEND() != null ? RouteMapSet.AsPathPrepend.class
                : clause.COMMUNITY() != null ? RouteMapSet.Community.class
                : clause.ORIGIN() != null ? RouteMapSet.SetOrigin.class : RouteMapSet.IpNextHop.class;
    }
}

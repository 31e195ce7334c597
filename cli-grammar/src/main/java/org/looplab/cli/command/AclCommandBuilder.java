package org.looplab.cli.command;

import static org.looplab.cli.command.ArgumentValues.address;
import static org.looplab.cli.command.ArgumentValues.number;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.looplab.acl.AccessList;
import org.looplab.acl.AccessLists;
import org.looplab.acl.AclEntry;
import org.looplab.acl.AclProtocol;
import org.looplab.acl.AddressMatch;
import org.looplab.acl.IcmpMatch;
import org.looplab.acl.PortMatch;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.cli.mode.Modes;

/**
 * Typed commands of Ios_acl.g4: numbered and named access lists, their modes, {@code ip access-group},
 * {@code ip unreachables} and {@code show [ip] access-lists}. Answers null for rules that are not ours.
 */
final class AclCommandBuilder {
    Command build(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_access_listContext numbered) {
            return numbered(numbered);
        } else if (ctx instanceof Cfg_ip_access_listContext named) {
            boolean extended = named.kind.getType() == IosLexer.EXTENDED;
            String name = listName(named.acl_name(), extended);
            return new ChangeAccessLists("ip access-list", (context, acls) -> {
                if (acls.listOrCreate(name, extended) == null) {
                    return "% A named " + (extended ? "standard" : "extended") + " IP access list with this name already exists";
                }
                context.enterAccessList(extended ? Modes.ACL_EXTENDED : Modes.ACL_STANDARD, name);
                return null;
            });
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_access_list() != null) {
            String name = no.cfg_no_access_list().number.getText();
            return new ChangeAccessLists("no access-list", (context, acls) -> {
                acls.remove(name);
                return null;
            });
        } else if (ctx instanceof Cfg_noContext no && no.cfg_ip_access_list() != null) {
            String name = no.cfg_ip_access_list().acl_name().getText();
            return new ChangeAccessLists("no ip access-list", (context, acls) -> {
                acls.remove(name);
                return null;
            });
        } else if (ctx instanceof Acl_std_commandContext std) {
            if (std.acl_std_rule() != null) {
                AclEntry rule = standardRule(std.acl_std_rule().seq, std.acl_std_rule().action, std.acl_std_rule().acl_std_match());
                return inCurrent("rule", list -> list.add(rule));
            } else if (std.acl_remark() != null) {
                String text = std.acl_remark().text.getText();
                return inCurrent("remark", list -> {
                    list.addRemark(text);
                    return null;
                });
            } else if (std.acl_std_no() != null) {
                Acl_std_noContext no = std.acl_std_no();
                if (no.acl_std_rule() != null) {
                    AclEntry rule = standardRule(null, no.acl_std_rule().action, no.acl_std_rule().acl_std_match());
                    return inCurrent("no rule", list -> removed(list.removeRule(rule)));
                }
                return removal(no.acl_remark(), no.seq);
            }
            return null;
        } else if (ctx instanceof Acl_ext_commandContext ext) {
            if (ext.acl_ext_rule() != null) {
                AclEntry rule = extendedRule(ext.acl_ext_rule().seq, ext.acl_ext_rule().action, ext.acl_ext_rule().acl_ext_match());
                return inCurrent("rule", list -> list.add(rule));
            } else if (ext.acl_remark() != null) {
                String text = ext.acl_remark().text.getText();
                return inCurrent("remark", list -> {
                    list.addRemark(text);
                    return null;
                });
            } else if (ext.acl_ext_no() != null) {
                Acl_ext_noContext no = ext.acl_ext_no();
                if (no.acl_ext_rule() != null) {
                    AclEntry rule = extendedRule(null, no.acl_ext_rule().action, no.acl_ext_rule().acl_ext_match());
                    return inCurrent("no rule", list -> removed(list.removeRule(rule)));
                }
                return removal(no.acl_remark(), no.seq);
            }
            return null;
        } else if (ctx instanceof If_ip_access_groupContext group) {
            String name = group.name.getText();
            boolean in = group.direction.getType() == IosLexer.IN;
            return new ChangeAccessLists("ip access-group", (context, acls) -> {
                if (context.currentInterface() != null) {
                    acls.setAccessGroup(context.currentInterface().name(), in, name);
                }
                return null;
            });
        } else if (ctx instanceof If_ip_unreachablesContext) {
            return new ChangeAccessLists("ip unreachables", (context, acls) -> {
                if (context.currentInterface() != null) {
                    context.currentInterface().setSendsUnreachables(true);
                }
                return null;
            });
        } else if (ctx instanceof If_noContext no && no.if_no_ip_access_group() != null) {
            boolean in = no.if_no_ip_access_group().direction.getType() == IosLexer.IN;
            return new ChangeAccessLists("no ip access-group", (context, acls) -> {
                if (context.currentInterface() != null) {
                    acls.setAccessGroup(context.currentInterface().name(), in, null);
                }
                return null;
            });
        } else if (ctx instanceof If_noContext no && no.if_ip_unreachables() != null) {
            return new ChangeAccessLists("no ip unreachables", (context, acls) -> {
                if (context.currentInterface() != null) {
                    context.currentInterface().setSendsUnreachables(false);
                }
                return null;
            });
        }
        Exec_show_publicContext show = CommandBuilder.showPublic(ctx);
        if (show != null && show.exec_show_access_lists() != null) {
            Exec_show_access_listsContext lists = show.exec_show_access_lists();
            return new ShowAccessLists(lists.name == null ? null : lists.name.getText());
        }
        return null;
    }

    private Command numbered(Cfg_access_listContext line) {
        int number = number(line.number, 1, 2699);
        Boolean extended = AccessList.isExtendedNumber(number);
        if (extended == null) {
            throw new InvalidArgumentException(line.number.getCharPositionInLine());
        }
        String name = Integer.toString(number);
        if (line.REMARK() != null) {
            String text = line.text.getText();
            return new ChangeAccessLists("access-list remark", (context, acls) -> {
                acls.listOrCreate(name, extended).addRemark(text);
                return null;
            });
        }
        AclEntry rule;
        if (extended) {
            if (line.acl_ext_match() == null) {
                throw new InvalidArgumentException(line.acl_std_match().start.getCharPositionInLine());
            }
            rule = extendedRule(null, line.action, line.acl_ext_match());
        } else {
            if (line.acl_std_match() == null) {
                throw new InvalidArgumentException(line.acl_ext_match().start.getCharPositionInLine());
            }
            rule = standardRule(null, line.action, line.acl_std_match());
        }
        return new ChangeAccessLists("access-list", (context, acls) -> acls.listOrCreate(name, extended).add(rule));
    }

    /** A list's name: a number must fit the kind ({@code ip access-list standard 101} is refused). */
    private static String listName(Acl_nameContext name, boolean extended) {
        if (name.DEC() != null) {
            int number = number(name.DEC().getSymbol(), 1, 2699);
            Boolean numberedExtended = AccessList.isExtendedNumber(number);
            if (numberedExtended == null || numberedExtended != extended) {
                throw new InvalidArgumentException(name.start.getCharPositionInLine());
            }
            return Integer.toString(number);
        }
        return name.getText();
    }

    private static Command inCurrent(String line, java.util.function.Function<AccessList, String> change) {
        return new ChangeAccessLists(line, (context, acls) -> {
            String name = context.currentAccessListName();
            AccessList list = name == null ? null : acls.list(name);
            return list == null ? null : change.apply(list);
        });
    }

    private static Command removal(Acl_remarkContext remark, Token seq) {
        if (remark != null) {
            String text = remark.text.getText();
            return inCurrent("no remark", list -> {
                list.removeRemark(text);
                return null;
            });
        }
        int sequence = number(seq, 1, AccessList.MAX_SEQUENCE);
        return inCurrent("no sequence", list -> removed(list.removeSequence(sequence)));
    }

    private static String removed(boolean done) {
        return null; // IOS says nothing when the line was not there
    }

    private static AclEntry standardRule(Token seq, Token action, Acl_std_matchContext match) {
        int sequence = seq == null ? 0 : number(seq, 1, AccessList.MAX_SEQUENCE);
        Acl_std_addressContext source = match.acl_std_address();
        AddressMatch address;
        if (source.ANY() != null) {
            address = AddressMatch.ANY;
        } else if (source.HOST() != null || source.wildcard == null) {
            address = AddressMatch.host(address(source.address));
        } else {
            address = new AddressMatch(address(source.address), address(source.wildcard));
        }
        return AclEntry.standard(sequence, action.getType() == IosLexer.PERMIT, address, match.LOG() != null);
    }

    private static AclEntry extendedRule(Token seq, Token action, Acl_ext_matchContext match) {
        int sequence = seq == null ? 0 : number(seq, 1, AccessList.MAX_SEQUENCE);
        Acl_protocolContext protocolCtx = match.acl_protocol();
        int protocol = protocolCtx.DEC() != null ? number(protocolCtx.DEC().getSymbol(), 0, 255)
                : AclProtocol.numberOf(protocolCtx.getText());
        boolean ports = protocol == AclProtocol.TCP || protocol == AclProtocol.UDP;
        if (!ports && match.source_port != null) {
            throw new InvalidArgumentException(match.source_port.start.getCharPositionInLine());
        }
        if (!ports && match.destination_port != null) {
            throw new InvalidArgumentException(match.destination_port.start.getCharPositionInLine());
        }
        if (match.ESTABLISHED() != null && protocol != AclProtocol.TCP) {
            throw new InvalidArgumentException(match.ESTABLISHED().getSymbol().getCharPositionInLine());
        }
        IcmpMatch icmp = null;
        if (match.acl_icmp_type() != null) {
            Acl_icmp_typeContext type = match.acl_icmp_type();
            if (protocol != AclProtocol.ICMP) {
                throw new InvalidArgumentException(type.start.getCharPositionInLine());
            }
            icmp = type.type != null
                    ? IcmpMatch.numbered(number(type.type, 0, 255), type.code == null ? IcmpMatch.ANY_CODE : number(type.code, 0, 255))
                    : IcmpMatch.named(type.getText());
        }
        return AclEntry.extended(sequence, action.getType() == IosLexer.PERMIT, protocol,
                extendedAddress(match.source), port(protocol, match.source_port),
                extendedAddress(match.destination), port(protocol, match.destination_port), icmp,
                match.ESTABLISHED() != null, match.LOG() != null);
    }

    private static AddressMatch extendedAddress(Acl_ext_addressContext address) {
        if (address.ANY() != null) {
            return AddressMatch.ANY;
        }
        if (address.HOST() != null) {
            return AddressMatch.host(address(address.address));
        }
        return new AddressMatch(address(address.address), address(address.wildcard));
    }

    private static PortMatch port(int protocol, Acl_portContext port) {
        if (port == null) {
            return null;
        }
        PortMatch.Operator operator = PortMatch.Operator.valueOf(port.op.getText().toUpperCase(java.util.Locale.ROOT));
        int low = portValue(protocol, port.acl_port_value(0));
        int high = port.acl_port_value().size() > 1 ? portValue(protocol, port.acl_port_value(1)) : low;
        if (high < low) {
            throw new InvalidArgumentException(port.acl_port_value(1).start.getCharPositionInLine());
        }
        return new PortMatch(operator, low, high);
    }

    private static int portValue(int protocol, Acl_port_valueContext value) {
        if (value.DEC() != null) {
            return number(value.DEC().getSymbol(), 0, 65535);
        }
        int port = PortMatch.portNamed(protocol, value.getText());
        if (port < 0) {
            throw new InvalidArgumentException(value.start.getCharPositionInLine());
        }
        return port;
    }

    /** A change to the router's access lists; the model's message, if any, is printed. */
    record ChangeAccessLists(String line, java.util.function.BiFunction<CommandContext, AccessLists, String> change)
            implements Command {
        @Override
        public void run(CommandContext context) {
            ChangeMessages.print(context, change.apply(context, AccessLists.of(context.router())));
        }
    }
}

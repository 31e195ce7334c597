package org.looplab.cli.command;

import org.antlr.v4.runtime.Token;
import org.looplab.cli.grammar.IosParser.Interface_nameContext;
import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * Typed values of argument tokens for the feature builders: each refuses a value that does not fit with
 * {@link InvalidArgumentException} at the word's column, as IOS puts its caret under the word.
 */
final class ArgumentValues {
    private ArgumentValues() {
    }

    static Ipv4Address address(Token token) {
        Ipv4Address address = Ipv4Address.parse(token.getText());
        if (address == null) {
            throw new InvalidArgumentException(token.getCharPositionInLine());
        }
        return address;
    }

    static int number(Token token, int min, int max) {
        String text = token.getText();
        long value = text.length() > 10 ? Long.MAX_VALUE : Long.parseLong(text);
        if (value < min || value > max) {
            throw new InvalidArgumentException(token.getCharPositionInLine());
        }
        return (int) value;
    }

    static long longNumber(Token token, long min, long max) {
        String text = token.getText();
        long value = text.length() > 18 ? Long.MAX_VALUE : Long.parseLong(text);
        if (value < min || value > max) {
            throw new InvalidArgumentException(token.getCharPositionInLine());
        }
        return value;
    }

    /** An AS number (asplain or asdot) in IOS's range 1..4294967295. */
    static org.looplab.bgp.AsNumber asNumber(org.looplab.cli.grammar.IosParser.Bgp_asnContext asn) {
        org.looplab.bgp.AsNumber parsed = org.looplab.bgp.AsNumber.parse(asn.getText());
        if (parsed == null) {
            throw new InvalidArgumentException(asn.start.getCharPositionInLine());
        }
        return parsed;
    }

    /** The words of a rule as typed, one space apart: names a command for tests and logs. */
    static String words(org.antlr.v4.runtime.ParserRuleContext ctx) {
        StringBuilder text = new StringBuilder();
        collect(ctx, text);
        return text.toString().strip();
    }

    private static void collect(org.antlr.v4.runtime.tree.ParseTree tree, StringBuilder text) {
        if (tree instanceof org.antlr.v4.runtime.tree.TerminalNode terminal) {
            if (terminal.getSymbol().getType() != Token.EOF) {
                text.append(' ').append(terminal.getText());
            }
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collect(tree.getChild(i), text);
        }
    }

    /** An interface name; a loopback need not exist yet, a physical interface must. */
    static InterfaceName interfaceName(Router router, Interface_nameContext named) {
        Token number = named.slot_port != null ? named.slot_port : named.number;
        InterfaceName.Type type = named.GIGABITETHERNET() != null
                ? InterfaceName.Type.GIGABIT_ETHERNET : InterfaceName.Type.LOOPBACK;
        InterfaceName name = InterfaceName.parse(type.fullName() + number.getText());
        if (name == null || (!name.isLoopback() && router.interfaceNamed(name) == null)) {
            throw new InvalidArgumentException(number.getCharPositionInLine());
        }
        return name;
    }

    /** An interface the router has; the caret of a missing one goes under its number. */
    static InterfaceName existingInterface(Router router, Interface_nameContext named) {
        Token number = named.slot_port != null ? named.slot_port : named.number;
        InterfaceName.Type type = named.GIGABITETHERNET() != null
                ? InterfaceName.Type.GIGABIT_ETHERNET : InterfaceName.Type.LOOPBACK;
        InterfaceName name = InterfaceName.parse(type.fullName() + number.getText());
        if (name == null || router.interfaceNamed(name) == null) {
            throw new InvalidArgumentException(number.getCharPositionInLine());
        }
        return name;
    }
}

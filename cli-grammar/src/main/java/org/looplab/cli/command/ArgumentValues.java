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
public final class ArgumentValues {
    private ArgumentValues() {
    }

    static Ipv4Address address(Token token) {
        Ipv4Address address = Ipv4Address.parse(token.getText());
        if (address == null) {
            throw new InvalidArgumentException(token.getCharPositionInLine());
        }
        return address;
    }

    public static int number(Token token, int min, int max) {
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

    /**
     * A kept line in full keywords: each keyword spelled out as IOS writes it, then the rest of the line
     * (a LINE token) as typed. {@code ip dom na x} is kept as {@code ip domain name x}.
     */
    static String lineText(org.antlr.v4.runtime.ParserRuleContext ctx) {
        StringBuilder text = new StringBuilder();
        for (Token token : tokensOf(ctx)) {
            String word = org.looplab.cli.parse.Keywords.isKeyword(token.getType())
                    ? org.looplab.cli.parse.Keywords.text(token.getType()) : token.getText();
            text.append(text.length() == 0 ? "" : " ").append(word);
        }
        return text.toString();
    }

    private static java.util.List<Token> tokensOf(org.antlr.v4.runtime.tree.ParseTree tree) {
        java.util.List<Token> tokens = new java.util.ArrayList<>();
        if (tree instanceof org.antlr.v4.runtime.tree.TerminalNode terminal) {
            if (terminal.getSymbol().getType() != Token.EOF) {
                tokens.add(terminal.getSymbol());
            }
            return tokens;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            tokens.addAll(tokensOf(tree.getChild(i)));
        }
        return tokens;
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

    /**
     * The name an interface_name denotes, whether or not the router has it; the caret of a malformed one
     * (Loopback0/1, Gi0/0.0x) goes under its number.
     */
    static InterfaceName parsedName(Interface_nameContext named) {
        String type = org.looplab.cli.parse.Keywords.text(named.type.start.getType());
        InterfaceName name = InterfaceName.parse(type + named.number.getText());
        if (name == null) {
            throw new InvalidArgumentException(named.number.getCharPositionInLine());
        }
        return name;
    }

    /**
     * Refuses a name the router's model lacks, as IOS does: a port type the hardware has not (Serial on
     * an IOSv) gets the caret under the type, a number it has not under the number.
     */
    static InvalidArgumentException lacking(Router router, Interface_nameContext named, InterfaceName name) {
        boolean typeKnown = !name.type().isPhysical() || router.portLayout().hasType(name.type());
        return new InvalidArgumentException(typeKnown ? named.number.getCharPositionInLine()
                : named.type.start.getCharPositionInLine());
    }

    /** An interface name; a loopback need not exist yet, a physical interface must. */
    static InterfaceName interfaceName(Router router, Interface_nameContext named) {
        InterfaceName name = parsedName(named);
        if (!name.isLoopback() && router.interfaceNamed(name) == null) {
            throw lacking(router, named, name);
        }
        return name;
    }

    /** An interface the router has; the caret of a missing one goes under its number. */
    static InterfaceName existingInterface(Router router, Interface_nameContext named) {
        InterfaceName name = parsedName(named);
        if (router.interfaceNamed(name) == null) {
            throw lacking(router, named, name);
        }
        return name;
    }
}

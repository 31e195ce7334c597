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

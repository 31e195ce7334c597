package org.looplab.cli.command;

import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.cli.mode.Modes;
import org.looplab.vrf.VrfConfig;
import org.looplab.vrf.VrfDefinition;

/**
 * Typed commands of Ios_vrf.g4: the VRF blocks ({@code vrf definition}, {@code ip vrf}) and their lines, an
 * interface's {@code [ip] vrf forwarding}; null for rules that are not ours. In config-vrf-af the block name
 * is "VRF FAMILY" (a VRF name has no space), so the lines of the parent mode still find their VRF.
 */
final class VrfCommandBuilder {
    Command build(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_vrf_definitionContext definition) {
            return enter(definition.name.getText(), VrfDefinition.Style.DEFINITION);
        } else if (ctx instanceof Cfg_ip_vrfContext ipVrf) {
            return enter(ipVrf.name.getText(), VrfDefinition.Style.IP_VRF);
        } else if (ctx instanceof Cfg_noContext no && no.cfg_vrf_definition() != null) {
            return remove(no.cfg_vrf_definition().name.getText(), VrfDefinition.Style.DEFINITION);
        } else if (ctx instanceof Cfg_noContext no && no.cfg_ip_vrf() != null) {
            return remove(no.cfg_ip_vrf().name.getText(), VrfDefinition.Style.IP_VRF);
        } else if (ctx instanceof Vrf_rdContext rd) {
            String value = routeDistinguisher(rd.value);
            return context -> {
                VrfDefinition vrf = current(context);
                if (vrf.routeDistinguisher() != null && !vrf.routeDistinguisher().equals(value)) {
                    context.print("% Do \"no rd\" first\n");
                } else {
                    vrf.setRouteDistinguisher(value);
                }
            };
        } else if (ctx instanceof Vrf_descriptionContext description) {
            String text = description.text.getText();
            return context -> current(context).setDescription(text);
        } else if (ctx instanceof Vrf_route_targetContext target) {
            return routeTarget(target, true);
        } else if (ctx instanceof Vd_address_familyContext family) {
            String name = familyName(family);
            return context -> {
                VrfDefinition vrf = current(context);
                vrf.addAddressFamily(name);
                context.enterNamedBlock(Modes.VRF_ADDRESS_FAMILY, vrf.name() + " " + name);
            };
        } else if (ctx instanceof Vaf_exit_address_familyContext) {
            return CommandContext::exitMode;
        } else if (ctx instanceof Vd_noContext no) {
            return negated(no.RD() != null, no.DESCRIPTION() != null, no.vrf_route_target(), no.vd_address_family());
        } else if (ctx instanceof Iv_noContext no && no.MAP() != null) {
            return importMap(null);
        } else if (ctx instanceof Iv_noContext no) {
            return negated(no.RD() != null, no.DESCRIPTION() != null, no.vrf_route_target(), null);
        } else if (ctx instanceof Vaf_noContext no && no.MAP() != null) {
            return importMap(null);
        } else if (ctx instanceof Vaf_noContext no) {
            return routeTarget(no.vrf_route_target(), false);
        } else if (ctx instanceof Vrf_import_mapContext map) {
            return importMap(map.name.getText());
        } else if (ctx instanceof If_vrf_forwardingContext forwarding) {
            String name = forwarding.name.getText();
            boolean ipVrf = forwarding.IP() != null;
            return context -> print(context,
                    VrfConfig.of(context.router()).join(context.currentInterface(), name, ipVrf));
        } else if (ctx instanceof If_noContext no && no.if_no_vrf_forwarding() != null) {
            String name = no.if_no_vrf_forwarding().name == null ? null : no.if_no_vrf_forwarding().name.getText();
            return context -> print(context, VrfConfig.of(context.router()).leave(context.currentInterface(), name));
        }
        return null;
    }

    private static Command enter(String name, VrfDefinition.Style style) {
        return context -> {
            VrfConfig config = VrfConfig.of(context.router());
            if (config.define(name, style) == null) {
                context.print(config.styleRefusal(name, style) + "\n");
                return;
            }
            context.enterNamedBlock(style == VrfDefinition.Style.DEFINITION ? Modes.VRF_DEFINITION : Modes.IP_VRF, name);
        };
    }

    private static Command remove(String name, VrfDefinition.Style style) {
        return context -> print(context, VrfConfig.of(context.router()).remove(name, style));
    }

    private static Command negated(boolean rd, boolean description, Vrf_route_targetContext target,
                                   Vd_address_familyContext family) {
        if (rd) {
            return context -> current(context).setRouteDistinguisher(null);
        }
        if (description) {
            return context -> current(context).setDescription(null);
        }
        if (target != null) {
            return routeTarget(target, false);
        }
        String name = familyName(family);
        return context -> current(context).removeAddressFamily(name);
    }

    private static String familyName(Vd_address_familyContext family) {
        return family.family.getType() == IosLexer.IPV4 ? "ipv4" : "ipv6";
    }

    /** {@code [no] import map NAME} (null: removed): the VRF's imports are filtered again at once. */
    private static Command importMap(String routeMap) {
        return context -> {
            current(context).setImportMap(family(context), routeMap);
            org.looplab.bgp.Bgp.of(context.router()).routeTargetsChanged();
        };
    }

    /** route-target export|import|both VALUE (IOS keeps both as an export and an import line). */
    private static Command routeTarget(Vrf_route_targetContext target, boolean add) {
        String value = routeDistinguisher(target.value);
        int direction = target.direction.getType();
        return context -> {
            VrfDefinition vrf = current(context);
            String family = family(context);
            Consumer<String> change = way -> {
                VrfDefinition.RouteTarget line = new VrfDefinition.RouteTarget(family, way, value);
                if (add) {
                    vrf.addRouteTarget(line);
                } else {
                    vrf.removeRouteTarget(line);
                }
            };
            if (direction != IosLexer.IMPORT) {
                change.accept("export");
            }
            if (direction != IosLexer.EXPORT) {
                change.accept("import");
            }
            org.looplab.bgp.Bgp.of(context.router()).routeTargetsChanged();
        };
    }

    private static VrfDefinition current(CommandContext context) {
        String block = context.currentBlockName();
        int space = block.indexOf(' ');
        return VrfConfig.of(context.router()).get(space < 0 ? block : block.substring(0, space));
    }

    /** The address family of config-vrf-af, or null on the VRF's own level. */
    private static String family(CommandContext context) {
        if (context.mode() != Modes.VRF_ADDRESS_FAMILY) {
            return null;
        }
        String block = context.currentBlockName();
        return block.substring(block.indexOf(' ') + 1);
    }

    private static void print(CommandContext context, String message) {
        if (message != null) {
            context.print(message + "\n");
        }
    }

    /**
     * An RD or route target as IOS takes it: ASN:NN (a 2-byte AS and a 4-byte number, or a 4-byte AS and a
     * 2-byte number) or A.B.C.D:NN (a 2-byte number); the caret under it otherwise.
     */
    static String routeDistinguisher(Token token) {
        String text = token.getText();
        int colon = text.indexOf(':');
        try {
            if (colon > 0 && colon == text.lastIndexOf(':')) {
                String left = text.substring(0, colon);
                long right = Long.parseLong(text.substring(colon + 1));
                if (left.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                    org.looplab.net.Ipv4Address.parse(left);
                    if (right >= 0 && right <= 0xFFFF) {
                        return text;
                    }
                } else if (left.matches("\\d+") && right >= 0) {
                    long asn = Long.parseLong(left);
                    if ((asn <= 0xFFFF && right <= 0xFFFFFFFFL) || (asn <= 0xFFFFFFFFL && right <= 0xFFFF)) {
                        return text;
                    }
                }
            }
        } catch (IllegalArgumentException notANumber) {
            // falls through to the caret
        }
        throw new InvalidArgumentException(token.getCharPositionInLine());
    }
}

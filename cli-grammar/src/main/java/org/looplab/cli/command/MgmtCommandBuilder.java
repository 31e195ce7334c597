package org.looplab.cli.command;

import static org.looplab.cli.command.ArgumentValues.number;

import org.antlr.v4.runtime.ParserRuleContext;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.cli.mode.Modes;
import org.looplab.vty.PublicKeyBlob;
import org.looplab.vty.SshPublicKeys;
import org.looplab.vty.SshServerState;

/** Typed commands of Ios_mgmt.g4 (domain name, RSA key, ip ssh, the pubkey chain); null for rules that are not ours. */
final class MgmtCommandBuilder {
    private final org.looplab.router.Router router;

    MgmtCommandBuilder(org.looplab.router.Router router) {
        this.router = router;
    }

    Command build(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_ip_domain_nameContext domain) {
            String name = domain.name.getText();
            return change(ssh -> ssh.setDomainName(name));
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_ip_domain_name() != null) {
            return change(ssh -> ssh.setDomainName(null));
        } else if (ctx instanceof Cfg_ip_hostContext host) {
            return HostTableCommands.add(host);
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_ip_host() != null) {
            return HostTableCommands.remove(no.cfg_no_ip_host());
        } else if (ctx instanceof Cfg_ip_name_serverContext servers) {
            return HostTableCommands.addServers(servers);
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_ip_name_server() != null) {
            return HostTableCommands.removeServers(no.cfg_no_ip_name_server());
        } else if (ctx instanceof Cfg_crypto_keyContext key) {
            int modulus = key.modulus == null ? SshServerState.DEFAULT_MODULUS : number(key.modulus, 360, 4096);
            return new GenerateRsaKey(modulus);
        } else if (ctx instanceof Cfg_ip_sshContext ip) {
            if (ip.version != null) {
                int version = number(ip.version, 1, 2);
                return change(ssh -> ssh.setVersion(version));
            }
            if (ip.PUBKEY_CHAIN() != null) {
                return context -> context.enterMode(Modes.PUBKEY_CHAIN, null);
            }
            if (ip.interface_name() != null) {
                org.looplab.router.InterfaceName name = ArgumentValues.interfaceName(router, ip.interface_name());
                return change(ssh -> ssh.setSourceInterface(name));
            }
            if (ip.seconds != null) {
                int seconds = number(ip.seconds, 1, 120);
                return change(ssh -> ssh.setTimeoutSeconds(seconds));
            }
            int retries = number(ip.retries, 0, 5);
            return change(ssh -> ssh.setAuthenticationRetries(retries));
        } else if (ctx instanceof Cfg_noContext no && no.cfg_no_ip_ssh() != null) {
            if (no.cfg_no_ip_ssh().PUBKEY_CHAIN() != null) {
                return context -> SshPublicKeys.of(context.router()).clear();
            }
            if (no.cfg_no_ip_ssh().SOURCE_INTERFACE() != null) {
                return change(ssh -> ssh.setSourceInterface(null));
            }
            if (no.cfg_no_ip_ssh().TIME_OUT() != null) {
                return change(ssh -> ssh.setTimeoutSeconds(SshServerState.DEFAULT_TIMEOUT_SECONDS));
            }
            if (no.cfg_no_ip_ssh().VERSION() != null) {
                return change(ssh -> ssh.setVersion(null));
            }
            return change(ssh -> ssh.setAuthenticationRetries(SshServerState.DEFAULT_RETRIES));
        } else if (ctx instanceof Pk_commandContext pk) {
            String user = pk.name.getText();
            if (pk.NO() != null) {
                return context -> SshPublicKeys.of(context.router()).removeUser(user);
            }
            return context -> {
                SshPublicKeys.of(context.router()).addUser(user);
                context.enterNamedBlock(Modes.PUBKEY_USER, user);
            };
        } else if (ctx instanceof Pku_commandContext pku) {
            if (pku.pku_key_hash() != null) {
                Pku_key_hashContext line = pku.pku_key_hash();
                SshPublicKeys.Key key = new SshPublicKeys.Key(PublicKeyBlob.SSH_RSA, line.hash.getText(),
                        line.comment == null ? null : line.comment.getText());
                return context -> SshPublicKeys.of(context.router()).addKey(context.currentBlockName(), key);
            }
            if (pku.KEY_STRING() != null) {
                return context -> context.ask(new PublicKeyData(context.router().hostname(), context.currentBlockName()));
            }
            String hash = pku.hash == null ? null : pku.hash.getText();
            return context -> SshPublicKeys.of(context.router()).removeKey(context.currentBlockName(), hash);
        }
        return null;
    }

    private static Command change(java.util.function.Consumer<SshServerState> change) {
        return context -> change.accept(SshServerState.of(context.router()));
    }

    /**
     * {@code crypto key generate rsa [modulus N]}: needs a hostname other than Router and a domain name,
     * as IOS; the first key turns the SSH server on ({@code %SSH-5-ENABLED}). Without a modulus IOS asks
     * for one; here it takes 1024. Quiet while a startup-config loads, where IOS prints nothing either.
     */
    record GenerateRsaKey(int modulus) implements Command {
        @Override
        public void run(CommandContext context) {
            SshServerState ssh = SshServerState.of(context.router());
            String hostname = context.router().hostname();
            if (hostname.equals("Router")) {
                context.print("% Please define a hostname other than Router.\n");
                return;
            }
            if (ssh.domainName() == null) {
                context.print("% Please define a domain-name first.\n");
                return;
            }
            boolean first = !ssh.enabled();
            ssh.setKeyModulus(modulus);
            if (!"boot".equals(context.peerAddress())) {
                context.print("The name for the keys will be: " + hostname + "." + ssh.domainName() + "\n\n"
                        + "% The key modulus size is " + modulus + " bits\n"
                        + "% Generating " + modulus + " bit RSA keys, keys will be non-exportable...\n"
                        + "[OK] (elapsed time was 1 seconds)\n\n");
            }
            if (first) {
                context.router().log("%SSH-5-ENABLED: SSH " + (ssh.version() == null ? "1.99" : ssh.version() + ".0")
                        + " has been enabled");
            }
        }
    }
}

package org.looplab.cli.command;

import org.looplab.vty.PublicKeyBlob;
import org.looplab.vty.SshPublicKeys;

/**
 * {@code key-string} in conf-ssh-pubkey-user: IOS's conf-ssh-pubkey-data mode, where every line is a
 * piece of the key (IOS cuts a typed line at 254 characters, so a key comes folded) until {@code exit}.
 * Then IOS decodes the pieces and keeps only the key's hash, written back as {@code key-hash ssh-rsa
 * HASH}; a text that is not an RSA key blob is refused with IOS's message and nothing is kept.
 */
record PublicKeyData(String hostname, String user, StringBuilder text) implements Question {
    PublicKeyData(String hostname, String user) {
        this(hostname, user, new StringBuilder());
    }

    @Override
    public String prompt() {
        return hostname + "(conf-ssh-pubkey-data)#";
    }

    @Override
    public boolean isSecret() {
        return false;
    }

    @Override
    public void answer(String line, CommandContext context) {
        if (!line.strip().equals("exit")) {
            // The pieces join as they are; a type name alone on the first line is followed by its blob.
            text.append(line.strip());
            if (text.toString().equals(PublicKeyBlob.SSH_RSA)) {
                text.append(' ');
            }
            context.ask(this);
            return;
        }
        PublicKeyBlob.fromKeyString(text.toString())
                .ifPresentOrElse(blob -> SshPublicKeys.of(context.router())
                                .addKey(user, new SshPublicKeys.Key(PublicKeyBlob.SSH_RSA, blob.hash(), null)),
                        () -> context.print("%SSH: Failed to decode the Key Value\n"));
    }
}

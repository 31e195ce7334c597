/*
 * The management plane's global settings: "ip domain name" (or "ip domain-name"), "crypto key generate rsa [modulus N]",
 * "ip ssh version 1|2", "ip ssh authentication-retries N", "ip ssh time-out SECONDS", "ip ssh pubkey-chain" with its users and
 * keys, and their no forms.
 */
parser grammar Ios_mgmt;

options { tokenVocab = IosLexer; }

/* IOS 15 writes "ip domain name"; the older "ip domain-name" is the same setting. */
cfg_ip_domain_name : IP (DOMAIN_NAME | DOMAIN NAME) name = WORD;

cfg_no_ip_domain_name : IP (DOMAIN_NAME | DOMAIN NAME) WORD?;

/* ip host NAME [PORT] A.B.C.D...: a static entry of the host table (up to 8 addresses; the port is telnet's). */
cfg_ip_host : IP HOST name = WORD port = DEC? IP_ADDRESS+;

cfg_no_ip_host : IP HOST name = WORD (DEC? IP_ADDRESS+)?;

/* ip name-server A.B.C.D...: the DNS servers, asked in turn (up to 6; a later line adds to the list). */
cfg_ip_name_server : IP NAME_SERVER IP_ADDRESS+;

cfg_no_ip_name_server : IP NAME_SERVER IP_ADDRESS*;

/* crypto key generate rsa [modulus N]: the key the SSH server needs (kept out of running-config, as IOS). */
cfg_crypto_key : CRYPTO KEY GENERATE RSA (MODULUS modulus = DEC)?;

cfg_ip_ssh
   : IP SSH (VERSION version = DEC | AUTHENTICATION_RETRIES retries = DEC | TIME_OUT seconds = DEC
            | SOURCE_INTERFACE interface_name | PUBKEY_CHAIN);

cfg_no_ip_ssh
   : IP SSH (VERSION DEC? | AUTHENTICATION_RETRIES DEC? | TIME_OUT DEC? | SOURCE_INTERFACE interface_name? | PUBKEY_CHAIN);

/* ip ssh pubkey-chain: mode conf-ssh-pubkey, whose "username NAME" enters conf-ssh-pubkey-user. */
pk_line : pk_command EOF;

pk_command
   : USERNAME name = WORD
   | NO USERNAME name = WORD
   | cfg_any_mode_command
   ;

/*
 * conf-ssh-pubkey-user: "key-hash ssh-rsa HASH [COMMENT]", or "key-string" and the key's base64 on the
 * lines that follow until "exit" (mode conf-ssh-pubkey-data: org.looplab.cli.command.PublicKeyData).
 */
pku_line : pku_command EOF;

pku_command
   : pku_key_hash
   | KEY_STRING
   | NO KEY_HASH (SSH_RSA hash = WORD?)?
   | cfg_any_mode_command
   ;

pku_key_hash : KEY_HASH SSH_RSA hash = WORD comment = WORD?;

/*
 * The management plane's global settings: "ip domain-name", "crypto key generate rsa [modulus N]",
 * "ip ssh version 1|2", "ip ssh authentication-retries N", and their no forms.
 */
parser grammar Ios_mgmt;

options { tokenVocab = IosLexer; }

cfg_ip_domain_name : IP DOMAIN_NAME name = WORD;

cfg_no_ip_domain_name : IP DOMAIN_NAME WORD?;

/* crypto key generate rsa [modulus N]: the key the SSH server needs (kept out of running-config, as IOS). */
cfg_crypto_key : CRYPTO KEY GENERATE RSA (MODULUS modulus = DEC)?;

cfg_ip_ssh : IP SSH (VERSION version = DEC | AUTHENTICATION_RETRIES retries = DEC | SOURCE_INTERFACE interface_name);

cfg_no_ip_ssh : IP SSH (VERSION DEC? | AUTHENTICATION_RETRIES DEC? | SOURCE_INTERFACE interface_name?);

/*
 * The router's file systems (org.looplab.cli.files): dir, more, copy, delete, rename, verify /md5 in
 * privileged EXEC, with erase and show file systems; file prompt and ip scp server enable in global configuration. A file is a WORD
 * (flash0:x.cfg, flash:/x.cfg, or x.cfg on the default flash0:), or a file system keyword alone.
 */
parser grammar Ios_files;

options { tokenVocab = IosLexer; }

/* dir [FILESYSTEM | URL] */
exec_dir : DIR file_url?;

/* more URL */
exec_more : MORE_COMMAND file_url;

/* copy SOURCE DESTINATION: running-config and startup-config as IOS's aliases of system: and nvram:. */
exec_copy : COPY source = copy_place destination = copy_place;

copy_place : RUNNING_CONFIG | STARTUP_CONFIG | file_url;

/* delete [/force] URL */
exec_delete : DELETE FORCE_OPTION? file_url;

/* rename URL URL */
exec_rename : RENAME from = file_url to = file_url;

/* erase startup-config | erase nvram: (write erase in Ios_exec.g4): IOS's other file systems are not erased here. */
exec_erase : ERASE (STARTUP_CONFIG | NVRAM_FS);

/* show file systems */
exec_show_file_systems : FILE SYSTEMS;

/* verify /md5 URL */
exec_verify : VERIFY MD5_OPTION file_url;

file_url : file_system | WORD;

file_system : FLASH0_FS | FLASH_FS | NVRAM_FS | SYSTEM_FS | NULL_FS;

/* file prompt [alert | noisy | quiet]: alert is the default and is not written. */
cfg_file_prompt : FILE PROMPT level = (ALERT | NOISY | QUIET)?;

/* ip scp server enable: SCP on the router's SSH server (the exec channel's scp -t / scp -f). */
cfg_ip_scp_server : IP SCP SERVER ENABLE;

/*
 * The configuration archive and configuration replace (org.looplab.cli.archive): the archive block
 * (config-archive mode), show archive, show archive config differences / incremental-diffs,
 * configure replace with its revert options, configure terminal revert timer, configure confirm and
 * configure revert, archive config.
 */
parser grammar Ios_archive;

options { tokenVocab = IosLexer; }

/* archive: enters config-archive. */
cfg_archive : ARCHIVE;

archive_line : archive_command EOF;

archive_command
   : ar_path
   | ar_write_memory
   | ar_maximum
   | ar_time_period
   | ar_log
   | NO (PATH file_url? | WRITE_MEMORY | MAXIMUM DEC? | TIME_PERIOD DEC? | ar_log)
   | cfg_any_mode_command
   ;

/* path URL: where archive copies go, numbered -0, -1... (flash0: only here). */
ar_path : PATH file_url;

/* write-memory: write memory also archives the running-config. */
ar_write_memory : WRITE_MEMORY;

/* maximum N (1-14): how many copies are kept; the oldest goes first. */
ar_maximum : MAXIMUM count = DEC;

/* time-period N (1-525600 minutes): a copy every N minutes of the virtual clock. */
ar_time_period : TIME_PERIOD minutes = DEC;

/*
 * Kept without behaviour and written back in the archive block: log config and the lines of its block
 * (logging enable, logging size N, hidekeys, notify syslog), the configuration change logger;
 * rollback filter/retry.
 */
ar_log : (LOG | LOGGING | HIDEKEYS | NOTIFY | ROLLBACK) rest = LINE?;

/* archive config: saves the running-config in the archive now. */
exec_archive_config : ARCHIVE CONFIG;

/* show archive [config differences [URL [URL]] | config incremental-diffs URL [ignorecase]] */
exec_show_archive
   : ARCHIVE (CONFIG (DIFFERENCES (first = file_url second = file_url?)? | INCREMENTAL_DIFFS diff = file_url IGNORECASE?))?
   ;

/* configure replace URL [force] [list] [ignorecase] [nolock] [revert trigger [error] [timer N] | time N] */
exec_configure_replace : CONFIGURE REPLACE file_url replace_option*;

replace_option
   : FORCE
   | LIST
   | IGNORECASE
   | NOLOCK
   | REVERT TRIGGER (ERROR_TRIGGER | TIMER minutes = DEC)+
   | TIME minutes = DEC
   ;

/* configure terminal revert timer [idle] N; configure confirm; configure revert now | timer [idle] N */
exec_configure_revert
   : CONFIGURE
   (
      TERMINAL REVERT TIMER IDLE? minutes = DEC
      | CONFIRM
      | REVERT (NOW | TIMER IDLE? minutes = DEC)
   )
   ;

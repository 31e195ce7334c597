package org.looplab.cli.archive;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.looplab.cli.command.ArgumentValues;
import org.looplab.cli.command.Command;
import org.looplab.cli.command.InvalidArgumentException;
import org.looplab.cli.config.ConfigDiff;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.files.FileUrl;
import org.looplab.cli.files.FilesCommandBuilder;
import org.looplab.cli.files.FlashWrites;
import org.looplab.cli.files.RouterFiles;
import org.looplab.cli.grammar.IosParser;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.cli.mode.Modes;
import org.looplab.files.ConfigArchive;
import org.looplab.router.Router;

/** Typed commands of Ios_archive.g4; null for rules that are not ours. */
public final class ArchiveCommandBuilder {
    public Command build(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_archiveContext) {
            return context -> {
                ConfigArchive.of(context.router()).setConfigured(true);
                context.enterMode(Modes.ARCHIVE, null);
            };
        } else if (ctx instanceof Cfg_noContext no && no.cfg_archive() != null) {
            return context -> {
                ConfigArchive.of(context.router()).setConfigured(false);
                PeriodicArchive.of(context.router()).update(context.router());
            };
        } else if (ctx instanceof Archive_commandContext line) {
            return archiveLine(line);
        } else if (ctx instanceof Exec_archive_configContext) {
            return context -> {
                Router router = context.router();
                ArchiveCopy copy = ArchiveCopy.make(router, RunningConfigWriter.render(router));
                if (copy == null) {
                    context.print("%Archive path not specified\n");
                    return;
                }
                context.defer(FlashWrites.persist(router, copy::persist, elapsed -> "", copy::undo,
                        "%Error writing " + FileUrl.parse(copy.url()).display()));
            };
        } else if (ctx instanceof Exec_showContext show && show.exec_show_archive() != null) {
            return show(show.exec_show_archive());
        } else if (ctx instanceof Exec_configure_replaceContext replace) {
            boolean force = false;
            boolean list = false;
            boolean onError = false;
            Integer minutes = null;
            for (Replace_optionContext option : replace.replace_option()) {
                force |= option.FORCE() != null;
                list |= option.LIST() != null;
                onError |= !option.ERROR_TRIGGER().isEmpty();
                if (option.minutes != null) {
                    minutes = minutes(option.minutes);
                }
            }
            return new ConfigureReplace(FilesCommandBuilder.url(replace.file_url()), force, list, onError, minutes);
        } else if (ctx instanceof Exec_configure_revertContext revert) {
            return revert(revert);
        }
        return null;
    }

    private static Command archiveLine(Archive_commandContext line) {
        if (line.ar_path() != null) {
            FileUrl url = FilesCommandBuilder.url(line.ar_path().file_url());
            if (url.system() != FileUrl.FileSystem.FLASH || url.isFileSystem()) {
                // Only flash0: is a file system looplab writes archives to.
                throw new InvalidArgumentException(line.ar_path().file_url().getStart().getCharPositionInLine());
            }
            String path = url.typed();
            return context -> ConfigArchive.of(context.router()).setPath(path);
        } else if (line.ar_write_memory() != null) {
            return context -> ConfigArchive.of(context.router()).setWriteMemory(true);
        } else if (line.ar_maximum() != null) {
            int maximum = ArgumentValues.number(line.ar_maximum().count, 1, ConfigArchive.MAX_MAXIMUM);
            return context -> ConfigArchive.of(context.router()).setMaximum(maximum);
        } else if (line.ar_time_period() != null) {
            int minutes = ArgumentValues.number(line.ar_time_period().minutes, 1, PeriodicArchive.MAX_MINUTES);
            return context -> {
                ConfigArchive.of(context.router()).setTimePeriodMinutes(minutes);
                PeriodicArchive.of(context.router()).update(context.router());
            };
        } else if (line.ar_log() != null) {
            String text = logLine(line.ar_log());
            return context -> {
                var kept = ConfigArchive.of(context.router()).keptLines();
                if (!kept.contains(text)) {
                    kept.add(text);
                }
            };
        } else if (line.NO() != null) {
            if (line.PATH() != null) {
                return context -> ConfigArchive.of(context.router()).setPath(null);
            } else if (line.WRITE_MEMORY() != null) {
                return context -> ConfigArchive.of(context.router()).setWriteMemory(false);
            } else if (line.MAXIMUM() != null) {
                return context -> ConfigArchive.of(context.router()).setMaximum(ConfigArchive.DEFAULT_MAXIMUM);
            } else if (line.TIME_PERIOD() != null) {
                return context -> {
                    ConfigArchive.of(context.router()).setTimePeriodMinutes(0);
                    PeriodicArchive.of(context.router()).update(context.router());
                };
            }
            String text = logLine(line.ar_log());
            return context -> ConfigArchive.of(context.router()).keptLines().remove(text);
        }
        return null;
    }

    private static String logLine(Ar_logContext log) {
        String head = org.looplab.cli.parse.Keywords.text(log.getStart().getType());
        return log.rest == null ? head : head + " " + log.rest.getText().strip();
    }

    private static Command show(Exec_show_archiveContext show) {
        if (show.CONFIG() == null) {
            return context -> context.print(ShowArchive.render(context.router()));
        }
        if (show.INCREMENTAL_DIFFS() != null) {
            FileUrl file = FilesCommandBuilder.url(show.diff);
            boolean ignoreCase = show.IGNORECASE() != null;
            return context -> {
                String text = RouterFiles.text(context.router(), file);
                context.print(text == null ? RouterFiles.missing("opening", file)
                        : ConfigDiff.incremental(RunningConfigWriter.render(context.router()), text, ignoreCase));
            };
        }
        // No file: startup-config against running-config; one file: running-config against it.
        FileUrl first = show.first == null ? FileUrl.STARTUP_CONFIG
                : show.second == null ? FileUrl.RUNNING_CONFIG : FilesCommandBuilder.url(show.first);
        FileUrl second = show.first == null ? FileUrl.RUNNING_CONFIG
                : FilesCommandBuilder.url(show.second == null ? show.first : show.second);
        return context -> {
            String from = RouterFiles.text(context.router(), first);
            String to = RouterFiles.text(context.router(), second);
            context.print(from == null ? RouterFiles.missing("opening", first)
                    : to == null ? RouterFiles.missing("opening", second) : ConfigDiff.contextual(from, to));
        };
    }

    private static Command revert(Exec_configure_revertContext revert) {
        Integer minutes = revert.minutes == null ? null : minutes(revert.minutes);
        if (revert.TERMINAL() != null) {
            return context -> {
                Router router = context.router();
                ConfigArchive archive = router.attachmentIfPresent(ConfigArchive.class);
                if (archive == null || archive.path() == null) {
                    context.print("%Please turn config archive on before using Rollback Confirmed Change\n");
                    return;
                }
                String before = RunningConfigWriter.render(router);
                ArchiveCopy backup = ArchiveCopy.make(router, before);
                context.print("Rollback Confirmed Change: Backing up current running config to " + backup.url() + "\n\n");
                ConfirmedChange.of(router).start(router, backup.url(), before, minutes, context.userName());
                context.enterMode(Modes.CONFIG, null);
                context.defer(FlashWrites.persist(router, backup::persist,
                        elapsed -> "Enter configuration commands, one per line.  End with CNTL/Z.\n", backup::undo,
                        "%Error writing " + FileUrl.parse(backup.url()).display()));
            };
        }
        return context -> {
            ConfirmedChange change = context.router().attachmentIfPresent(ConfirmedChange.class);
            if (change == null || !change.pending()) {
                context.print("%No Rollback Confirmed Change pending\n");
            } else if (revert.CONFIRM() != null) {
                change.confirm(context.router(), context.userName());
            } else if (revert.NOW() != null) {
                change.revert(context.router(), "User: " + context.userName());
            } else {
                change.restart(context.router(), minutes);
            }
        };
    }

    private static int minutes(Token token) {
        return ArgumentValues.number(token, 1, 120);
    }
}

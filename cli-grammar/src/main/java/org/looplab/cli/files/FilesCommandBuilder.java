package org.looplab.cli.files;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.looplab.cli.command.Command;
import org.looplab.cli.command.CopyRunningToStartup;
import org.looplab.cli.command.InvalidArgumentException;
import org.looplab.cli.grammar.IosParser;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.files.Flash;
import org.looplab.vty.SshServerState;

/** Typed commands of Ios_files.g4; null for rules that are not ours. */
public final class FilesCommandBuilder {
    private static final FileUrl FLASH0 = new FileUrl(FileUrl.FileSystem.FLASH, "", "flash0:");

    public Command build(ParserRuleContext ctx) {
        if (ctx instanceof Exec_dirContext dir) {
            return new ListDirectory(dir.file_url() == null ? FLASH0 : url(dir.file_url()));
        } else if (ctx instanceof Exec_moreContext more) {
            return new ShowFile(url(more.file_url()));
        } else if (ctx instanceof Exec_copyContext copy) {
            FileUrl source = place(copy.source);
            FileUrl destination = place(copy.destination);
            if (source.equals(FileUrl.RUNNING_CONFIG) && destination.equals(FileUrl.STARTUP_CONFIG)) {
                return new CopyRunningToStartup();
            }
            return new CopyFile(source, destination);
        } else if (ctx instanceof Exec_deleteContext delete) {
            return new DeleteFile(url(delete.file_url()), delete.FORCE_OPTION() != null);
        } else if (ctx instanceof Exec_renameContext rename) {
            return new RenameFile(url(rename.from), url(rename.to));
        } else if (ctx instanceof Exec_eraseContext || ctx instanceof Exec_writeContext write && write.ERASE() != null) {
            return new EraseNvram();
        } else if (ctx instanceof Exec_showContext show && show.exec_show_file_systems() != null) {
            return context -> context.print(ShowFileSystems.render(context.router()));
        } else if (ctx instanceof Exec_verifyContext verify) {
            return new VerifyMd5(url(verify.file_url()));
        } else if (ctx instanceof Cfg_file_promptContext prompt) {
            Flash.Prompting level = prompt.level == null || prompt.level.getType() == IosParser.ALERT ? Flash.Prompting.ALERT
                    : prompt.level.getType() == IosParser.NOISY ? Flash.Prompting.NOISY : Flash.Prompting.QUIET;
            return context -> Flash.of(context.router()).setPrompting(level);
        } else if (ctx instanceof Cfg_ip_scp_serverContext) {
            return context -> SshServerState.of(context.router()).setScpServer(true);
        } else if (ctx instanceof Cfg_noContext no && no.cfg_file_prompt() != null) {
            return context -> Flash.of(context.router()).setPrompting(Flash.Prompting.ALERT);
        } else if (ctx instanceof Cfg_noContext no && no.cfg_ip_scp_server() != null) {
            return context -> SshServerState.of(context.router()).setScpServer(false);
        }
        return null;
    }

    private static FileUrl place(Copy_placeContext place) {
        if (place.RUNNING_CONFIG() != null) {
            return FileUrl.RUNNING_CONFIG;
        }
        if (place.STARTUP_CONFIG() != null) {
            return FileUrl.STARTUP_CONFIG;
        }
        // A line in full keywords is read by the lexer alone, so "copy run start" arrives as two WORDs:
        // an abbreviation of running-config or startup-config means them, as the word-by-word path reads it.
        String typed = place.file_url().getText().toLowerCase(java.util.Locale.ROOT);
        if (place.file_url().WORD() != null && "running-config".startsWith(typed)) {
            return FileUrl.RUNNING_CONFIG;
        }
        if (place.file_url().WORD() != null && "startup-config".startsWith(typed)) {
            return FileUrl.STARTUP_CONFIG;
        }
        FileUrl url = url(place.file_url());
        if (url.system() == FileUrl.FileSystem.SYSTEM && url.name().equals("running-config")) {
            return FileUrl.RUNNING_CONFIG;
        }
        return url.system() == FileUrl.FileSystem.NVRAM && url.name().equals("startup-config") ? FileUrl.STARTUP_CONFIG : url;
    }

    /** The url of a file_url rule; a file system this router lacks gets the caret. */
    public static FileUrl url(File_urlContext url) {
        if (url.file_system() != null) {
            Token keyword = url.file_system().getStart();
            String prefix = switch (keyword.getType()) {
                case IosParser.NVRAM_FS -> "nvram:";
                case IosParser.SYSTEM_FS -> "system:";
                case IosParser.NULL_FS -> "null:";
                default -> "flash0:";
            };
            return FileUrl.parse(keyword.getType() == IosParser.FLASH_FS ? "flash:" : prefix);
        }
        FileUrl parsed = FileUrl.parse(url.WORD().getText());
        if (parsed == null) {
            throw new InvalidArgumentException(url.WORD().getSymbol().getCharPositionInLine());
        }
        return parsed;
    }
}

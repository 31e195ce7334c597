package org.looplab.scp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.looplab.cli.files.FileUrl;
import org.looplab.cli.files.FlashWrites;
import org.looplab.cli.files.RouterFiles;
import org.looplab.files.Flash;
import org.looplab.files.StoredFile;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.ssh.SessionUser;
import org.looplab.store.ConfigStore;
import org.looplab.store.StoreFailure;
import org.looplab.vty.SshServerState;

/**
 * The router's SCP server ({@code ip scp server enable}): the exec requests {@code scp -t URL} (a file to
 * the router's flash0:) and {@code scp -f URL} (a file from it: flash0:, running-config, startup-config),
 * for privilege 15 only, as IOS. A written file is on disk before scp hears it arrived. Without
 * {@code ip scp server enable} the request is an ordinary exec line, which the CLI refuses.
 */
public final class ScpFlashCommand implements Command {
    private final String commandText;
    private final Command otherwise;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exitCallback;

    /** {@code otherwise} runs the request when the router has no SCP server. */
    public ScpFlashCommand(String commandText, Command otherwise) {
        this.commandText = commandText;
        this.otherwise = otherwise;
    }

    /** True for an exec request scp sends to its far end. */
    public static boolean isScp(String command) {
        return command.startsWith("scp ");
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
        otherwise.setInputStream(in);
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
        otherwise.setOutputStream(out);
    }

    @Override
    public void setErrorStream(OutputStream err) {
        otherwise.setErrorStream(err);
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exitCallback = callback;
        otherwise.setExitCallback(callback);
    }

    @Override
    public void start(ChannelSession channel, Environment environment) throws IOException {
        SessionUser user = channel.getSession().getAttribute(SessionUser.KEY);
        if (user == null) {
            throw new IOException("no authenticated user on this session");
        }
        Router router = user.router();
        if (!router.kernel().call(() -> SshServerState.of(router).scpServer())) {
            otherwise.start(channel, environment);
            return;
        }
        FlashScpHelper helper = new FlashScpHelper(channel.getSession(), in, out);
        Thread thread = new Thread(() -> run(user, helper), "looplab-scp-" + router.name());
        thread.setDaemon(true);
        thread.start();
    }

    private void run(SessionUser user, FlashScpHelper helper) {
        int status = 0;
        try {
            List<String> words = new ArrayList<>(List.of(commandText.strip().split("\\s+")));
            words.remove(0);
            boolean sink = false;
            boolean source = false;
            while (!words.isEmpty() && words.get(0).startsWith("-")) {
                String option = words.remove(0);
                sink |= !option.equals("--") && option.contains("t");
                source |= !option.equals("--") && option.contains("f");
                if (option.equals("--")) {
                    break;
                }
            }
            FileUrl url = FileUrl.parse(String.join(" ", words));
            if (user.privilege() < 15) {
                helper.fail("Privilege denied");
                status = 1;
            } else if (url == null || sink == source) {
                helper.fail("Invalid argument");
                status = 1;
            } else if (sink) {
                helper.receiveFiles(commandText, (name, content) -> write(user.router(), url, name, content));
            } else {
                status = send(user.router(), url, helper);
            }
        } catch (IOException | RuntimeException e) {
            status = 1;
            try {
                helper.fail(String.valueOf(e.getMessage()));
            } catch (IOException ignored) {
                // the client is gone: nothing to tell it
            }
        } finally {
            exitCallback.onExit(status);
        }
    }

    private static int send(Router router, FileUrl url, FlashScpHelper helper) throws IOException {
        byte[] content = router.kernel().call(() -> RouterFiles.read(router, url));
        if (content == null) {
            helper.fail(url.display() + ": No such file or directory");
            return 1;
        }
        // The name as requested after its last slash: OpenSSH checks it against what it asked for.
        String typed = url.typed();
        helper.sendFile(typed.substring(typed.lastIndexOf('/') + 1), content);
        return 0;
    }

    /** Stores {@code content} as the url's flash file (or the name scp sent, for flash0: alone). */
    private static void write(Router router, FileUrl url, String sentName, byte[] content) throws IOException {
        if (url.system() != FileUrl.FileSystem.FLASH) {
            throw new IOException(url.display() + ": Permission denied");
        }
        String name = url.isFileSystem() ? sentName : url.name();
        Kernel kernel = router.kernel();
        Flash flash = Flash.of(router);
        StoredFile[] previous = new StoredFile[1];
        StoredFile file = kernel.call(() -> {
            StoredFile written = new StoredFile(name, content, FlashWrites.now(router));
            previous[0] = flash.get(name);
            flash.put(written);
            return written;
        });
        ConfigStore store = router.lab().configStore();
        if (store == null) {
            return;
        }
        try {
            store.saveFile(router.lab().name(), router.name(), file);
        } catch (SQLException e) {
            kernel.call(() -> {
                flash.restore(name, previous[0]);
                return null;
            });
            throw new IOException(url.withName(name).display() + ": " + StoreFailure.reason(e));
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        // the transfer thread ends when the channel's streams close
    }
}

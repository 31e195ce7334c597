package org.looplab.topology;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in a few words for the user ("permission denied", "no such
 * file", "not a folder", the operating system's own words): never a Java class name or a stack trace.
 */
public final class FileReason {
    private FileReason() {
    }

    public static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it exists and is not a folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof CharacterCodingException) {
            return "not a text file (not UTF-8)";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null && !fs.getReason().isBlank()) {
            String reason = fs.getReason().strip(); // the OS's words: "Not a directory", "No space left on device"
            return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        for (String known : new String[] {"no space left on device", "read-only file system", "permission denied",
                "is a directory", "not a directory", "input/output error"}) {
            if (message.contains(known)) {
                return known;
            }
        }
        return "input/output error";
    }
}

package org.looplab.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Writes {@code graph FILE}: DOT as it is, or an SVG drawn by Graphviz's {@code dot} when FILE ends in .svg. */
final class GraphFile {
    private GraphFile() {
    }

    /** Writes the file and returns the line the console prints. */
    static String write(Path file, String dot) {
        try {
            if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                Files.writeString(file, dot, StandardCharsets.UTF_8);
                return "wrote " + file + " (Graphviz DOT; draw it with: dot -Tsvg " + file + " -o lab.svg)";
            }
            Path dotFile = file.resolveSibling(file.getFileName().toString().replaceAll("(?i)\\.svg$", ".dot"));
            Files.writeString(dotFile, dot, StandardCharsets.UTF_8);
            Process draw;
            try {
                draw = new ProcessBuilder("dot", "-Tsvg", dotFile.toString(), "-o", file.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException noGraphviz) {
                return "wrote " + dotFile + "; no SVG: Graphviz's dot is not installed (Debian: apt install graphviz)";
            }
            if (!draw.waitFor(30, TimeUnit.SECONDS)) {
                draw.destroy();
                return "wrote " + dotFile + "; dot did not finish within 30 s, no SVG";
            }
            return draw.exitValue() == 0 ? "wrote " + file + " (and its DOT source " + dotFile + ")"
                    : "wrote " + dotFile + "; dot failed (exit " + draw.exitValue() + "), no SVG";
        } catch (IOException e) {
            return "cannot write " + file + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while drawing " + file;
        }
    }
}

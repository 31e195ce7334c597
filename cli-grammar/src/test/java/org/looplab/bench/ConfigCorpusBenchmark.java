package org.looplab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.router.Lab;
import org.looplab.router.PortLayout;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * The share of a corpus of real IOS configs that looplab applies or keeps: every {@code *.cfg} of a folder
 * is loaded into a fresh router of unnamed hardware (it has the ports its config names), and each counted
 * line (not blank, not '!', not a banner's text, not the "Building configuration" header) is applied,
 * kept without behaviour, or refused. Prints one line per config, the totals and the most refused heads.
 * A figure, not a test: run it on configs you collected (their licences may keep them out of the repo).
 * <pre>cli-grammar/bench/config-corpus.sh FOLDER</pre>
 */
public final class ConfigCorpusBenchmark {
    private ConfigCorpusBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        boolean listRefused = args.length > 1 && args[1].equals("--refused");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.toString().endsWith(".cfg")).sorted().toList();
        }
        int applied = 0;
        int kept = 0;
        int refused = 0;
        java.util.Map<String, Integer> refusedHeads = new java.util.TreeMap<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Router router = new Lab("corpus", new Kernel(1)).addRouter("r1", PortLayout.ANY_HARDWARE);
            ConfigLoader.Report report = ConfigLoader.load(router, text);
            Set<String> heads = new HashSet<>();
            for (String warning : report.warnings()) {
                if (listRefused) {
                    System.out.println("refused: " + file.getFileName() + ": " + warning);
                }
                String line = warning.substring(warning.indexOf(": ") + 2);
                String[] words = line.split("\\s+");
                String head = words.length > 1 && (words[0].equals("no") || words[0].equals("ip"))
                        ? words[0] + " " + words[1] : words[0];
                if (heads.add(warning.substring(0, warning.indexOf(':')))) {
                    refusedHeads.merge(head, 1, Integer::sum);
                }
            }
            applied += report.applied();
            kept += report.kept();
            refused += report.refused();
            System.out.printf("%-90s %4d lines  %4d applied  %4d kept  %3d refused%n", file.getFileName(),
                    report.lines(), report.applied(), report.kept(), report.refused());
        }
        int total = applied + kept + refused;
        System.out.printf("%n%d configs, %d lines: %d applied (%.1f%%), %d kept without behaviour (%.1f%%), "
                + "%d refused (%.1f%%); applied or kept: %.1f%%%n", files.size(), total, applied,
                100.0 * applied / total, kept, 100.0 * kept / total, refused, 100.0 * refused / total,
                100.0 * (applied + kept) / total);
        System.out.println("most refused heads: " + refusedHeads.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(15).map(e -> e.getKey() + " " + e.getValue())
                .toList());
    }
}

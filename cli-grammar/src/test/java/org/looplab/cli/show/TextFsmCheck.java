package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs ../shared/ios-reference/check-textfsm, the community TextFSM templates automation tools use, over
 * an output of ours and returns the parsed records. Skips the calling test when the checker or Debian's
 * python3-textfsm is missing, unless LOOPLAB_E2E_REQUIRED=1 (CI) makes that a failure.
 */
public final class TextFsmCheck {
    private static final Pattern FIELD = Pattern.compile("\"([A-Z_]+)\": (\"((?:[^\"\\\\]|\\\\.)*)\"|\\[[^\\]]*\\])");

    private TextFsmCheck() {
    }

    public static List<Map<String, String>> parse(String command, String output) throws IOException, InterruptedException {
        Path checker = findChecker();
        boolean required = "1".equals(System.getenv("LOOPLAB_E2E_REQUIRED"));
        if (required) {
            assertNotNull(checker, "../shared/ios-reference/check-textfsm not found (LOOPLAB_E2E_REQUIRED=1)");
        } else {
            assumeTrue(checker != null, "../shared/ios-reference/check-textfsm not found");
            assumeTrue(pythonHasTextFsm(), "python3-textfsm is not installed");
        }
        Process process = new ProcessBuilder(checker.toString(), command).redirectErrorStream(true).start();
        process.getOutputStream().write(output.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "check-textfsm refused our output:\n" + printed + "\n--- output was:\n" + output);
        List<Map<String, String>> records = new ArrayList<>();
        for (String line : printed.split("\n")) {
            if (!line.startsWith("{")) {
                continue;
            }
            Map<String, String> record = new LinkedHashMap<>();
            Matcher field = FIELD.matcher(line);
            while (field.find()) {
                record.put(field.group(1), field.group(3) != null ? field.group(3) : field.group(2));
            }
            records.add(record);
        }
        return records;
    }

    private static Path findChecker() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/ios-reference/check-textfsm");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean pythonHasTextFsm() throws IOException, InterruptedException {
        Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import textfsm").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        return probe.waitFor() == 0;
    }
}

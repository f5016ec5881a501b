package dev.talkmine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Numbers from Linux's {@code /proc} files; elsewhere they are unknown. */
final class ProcFiles {
    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");

    private ProcFiles() {
    }

    /**
     * The value of a {@code key: N kB} line of a {@code /proc} file ({@code MemTotal:} in
     * {@code /proc/meminfo}, {@code VmHWM:} in {@code /proc/self/status}), in bytes.
     *
     * @return the bytes, or -1 where the file or line is missing (not Linux)
     */
    static long kilobytes(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(NON_DIGITS.matcher(line).replaceAll("")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1; // not Linux
        }
        return -1;
    }
}

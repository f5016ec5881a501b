package dev.talkmine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The conditions of a benchmark run: machine, load, Java, commit.
 *
 * @param date        ISO date-time the run started
 * @param processors  available processors
 * @param cpu         CPU model name
 * @param memoryBytes physical memory (-1 where unknown)
 * @param loadBefore  1/5/15-minute load averages when the run started
 * @param loadAfter   the same when it ended (filled in by {@link #finished})
 * @param java        Java runtime version and VM
 * @param os          operating system
 * @param commit      git commit of the working directory, when it is a git checkout
 */
public record Environment(String date, int processors, String cpu, long memoryBytes, String loadBefore, String loadAfter,
                          String java, String os, String commit) {

    /** The conditions now. */
    public static Environment capture() {
        return new Environment(OffsetDateTime.now().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.getRuntime().availableProcessors(), cpuModel(), memory(), load(), "",
                System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                gitCommit());
    }

    /** This environment with the load average at the end of the run. */
    public Environment finished() {
        return new Environment(date, processors, cpu, memoryBytes, loadBefore, load(), java, os, commit);
    }

    static String load() {
        try {
            String[] f = ProcFiles.WHITESPACE.split(Files.readString(Path.of("/proc/loadavg")).trim());
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    private static long memory() {
        return ProcFiles.kilobytes(Path.of("/proc/meminfo"), "MemTotal:");
    }

    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder(List.of("git", "rev-parse", "--short=12", "HEAD")).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "unknown";
            }
            Process d = new ProcessBuilder(List.of("git", "status", "--porcelain", "--untracked-files=no")).start();
            String dirty = new String(d.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            d.waitFor(10, TimeUnit.SECONDS);
            return dirty.isEmpty() ? out : out + "+dirty";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}

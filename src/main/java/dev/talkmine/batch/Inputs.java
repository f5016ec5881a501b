package dev.talkmine.batch;

import dev.talkmine.InputException;
import dev.talkmine.doc.InputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Expands the user's arguments into the batch: files as given, folders recursively (only the
 * file types talkmine reads, in sorted order so that batches are deterministic), {@code -} for
 * standard input. Output stems are made unique by adding {@code -2}, {@code -3}, ...
 */
public final class Inputs {
    /** A Windows device name, alone or before an extension ("nul.tar"): group 1 is the device. */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");

    private Inputs() {
    }

    /**
     * Lists the inputs.
     *
     * @throws InputException when an argument does not exist
     */
    public static List<Input> expand(List<String> args) {
        return expand(args, null);
    }

    /**
     * Lists the inputs, leaving out what folders hold below {@code outputDir}: an output folder
     * inside an input folder must not feed a run's own {@code index.html} back to the next run.
     * Files named one by one are taken wherever they are.
     *
     * @param outputDir the run's output folder; {@code null} leaves nothing out
     * @throws InputException when an argument does not exist
     */
    public static List<Input> expand(List<String> args, Path outputDir) {
        Path skip = outputDir == null ? null : outputDir.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        boolean stdin = false;
        for (String a : args) {
            if (a.equals("-")) {
                stdin = true;
                files.add(null);
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                files.addAll(walk(p).stream().filter(f -> skip == null || !f.toAbsolutePath().normalize().startsWith(skip))
                        .toList());
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new InputException(a + ": no such file or folder");
            }
        }
        List<Input> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Path p : files) {
            String stem = p == null ? "stdin" : stem(p.getFileName().toString());
            String key = stem.toLowerCase(Locale.ROOT);
            int n = seen.merge(key, 1, Integer::sum);
            String id = n == 1 ? stem : stem + "-" + n;
            out.add(new Input(out.size(), id, p, p == null ? "-" : p.toString()));
        }
        if (stdin && out.stream().filter(Input::isStdin).count() > 1) {
            throw new InputException("-: standard input can be named only once");
        }
        return out;
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> InputFormat.forFileName(p.getFileName().toString()).isPresent())
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(dir + ": cannot list folder: " + e.getMessage(), e);
        }
    }

    /**
     * A file name without its extension, made safe to use as an output file name: the report id
     * before {@link #expand} makes it unique. Public for runners that list inputs themselves (Spark).
     *
     * @param fileName a file name without directories
     * @return the stem; {@code report} if nothing is left
     */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String s = dot > 0 ? fileName.substring(0, dot) : fileName;
        s = s.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "_").replace("..", "_.");
        if (s.isBlank()) {
            return "report";
        }
        // outputs get copied to Windows, where these names are devices and trailing dots or spaces vanish
        s = s.replaceAll("[. ]+$", "_");
        Matcher device = WINDOWS_DEVICE.matcher(s);
        return device.matches() ? device.group(1) + "_" + Objects.toString(device.group(2), "") : s;
    }
}

package dev.talkmine.batch;

import dev.talkmine.InputException;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.output.BatchWriter;
import dev.talkmine.overview.OverviewWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the user's arguments into the batch: files as given, folders recursively (only the
 * file types talkmine reads, in sorted order so that batches are deterministic), {@code -} for
 * standard input. Output stems are made unique by adding {@code -2}, {@code -3}, ...
 */
public final class Inputs {
    /** A Windows device name, alone or before an extension ("nul.tar"): group 1 is the device. */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");

    /** Characters no file name may hold on some system: path separators, {@code : * ? " < > |}, controls. */
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Pattern LEADING_DOTS = Pattern.compile("^\\.+");
    private static final Pattern TRAILING_DOTS_AND_SPACES = Pattern.compile("[. ]+$");

    private Inputs() {
    }

    /**
     * Lists the inputs of a run without an output folder, by the rules of
     * {@link #expand(List, Path, Consumer)} and without notices.
     *
     * @throws InputException when an argument does not exist
     */
    public static List<Input> expand(List<String> args) {
        return expand(args, null, notice -> { });
    }

    /**
     * Lists the inputs of a run that writes to {@code outputDir}, leaving out below each folder
     * named what talkmine wrote there, so that no run reads back an earlier one's overview:
     * <ul>
     *   <li>the output folder, when it lies inside the folder (never the folder itself or one
     *       above it: the reports there are what the user named);
     *   <li>any other folder that holds a talkmine batch ({@link BatchWriter#holdsBatch}), with a
     *       notice;
     *   <li>talkmine's own overview page ({@link OverviewWriter#isOverview}), also in a folder
     *       named itself, with a notice unless it is the output folder's (which this run replaces).
     * </ul>
     * Files named one by one are taken wherever they are.
     *
     * @param outputDir the run's output folder; {@code null} for none
     * @param notice    told one line for each folder or page left out that the run did not write
     * @throws InputException when an argument does not exist
     */
    public static List<Input> expand(List<String> args, Path outputDir, Consumer<String> notice) {
        Path output = outputDir == null ? null : outputDir.toAbsolutePath().normalize();
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
                files.addAll(walk(p, output, notice));
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

    /** The reports below {@code dir}, sorted, without hidden files and what talkmine wrote there. */
    private static List<Path> walk(Path dir, Path output, Consumer<String> notice) {
        List<Path> found = new ArrayList<>();
        Map<Path, String> skipped = new TreeMap<>(); // told in path order, not the file system's
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(dir)) {
                        return FileVisitResult.CONTINUE; // what the user named is never left out
                    }
                    if (d.toAbsolutePath().normalize().equals(output)) {
                        return FileVisitResult.SKIP_SUBTREE; // this run's outputs
                    }
                    if (BatchWriter.holdsBatch(d)) {
                        skipped.put(d, "it holds the outputs of a talkmine run (" + BatchWriter.STATE_DIR + "/)");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(".") || InputFormat.forFileName(name).isEmpty() || !Files.isRegularFile(f)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (name.equals(OverviewWriter.FILE_NAME) && OverviewWriter.isOverview(f)) {
                        if (!f.getParent().toAbsolutePath().normalize().equals(output)) {
                            skipped.put(f, "it is a talkmine overview page");
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    found.add(f);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(dir + ": cannot list folder: " + e.getMessage(), e);
        }
        skipped.forEach((p, why) -> notice.accept(p + ": skipped: " + why));
        found.sort(null);
        return found;
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
        s = LEADING_DOTS.matcher(UNSAFE.matcher(s).replaceAll("_")).replaceAll("_").replace("..", "_.");
        if (s.isBlank()) {
            return "report";
        }
        // outputs get copied to Windows, where these names are devices and trailing dots or spaces vanish
        s = TRAILING_DOTS_AND_SPACES.matcher(s).replaceAll("_");
        Matcher device = WINDOWS_DEVICE.matcher(s);
        return device.matches() ? device.group(1) + "_" + Objects.toString(device.group(2), "") : s;
    }
}

package dev.talkmine.spark;

import dev.talkmine.InputException;
import dev.talkmine.batch.Inputs;
import dev.talkmine.doc.InputFormat;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the reports of a Spark batch on the driver, with the CLI's rules ({@link Inputs#expand}):
 * a named file as is, a folder recursively (only {@code .txt}, {@code .md}, {@code .markdown},
 * {@code .html}, {@code .htm}, no file whose name starts with {@code .}), each folder's files in
 * sorted order, ids made unique by {@code -2}, {@code -3}, ... in that order. Arguments are Hadoop
 * paths (local, {@code hdfs://}, {@code s3a://}, ...) and may be globs; a comma separates several.
 *
 * <p>Listing on the driver (as {@code binaryFiles} does too) gives every report its position,
 * which orders the output rows, and an id unique in the batch; executors then read each file
 * whole with the same Hadoop file systems.
 */
final class SparkInputs {

    /**
     * One report file of a batch. Serializable (and a plain class, so Kryo handles it too).
     */
    public static final class InputFile implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int order;
        private final String id;
        private final String uri;
        private final String shown;
        private final long length;

        /**
         * @param order  position in the batch
         * @param id     unique report id (the file stem)
         * @param uri    the fully qualified Hadoop path
         * @param shown  the file as the user named it (JSON {@code source.path}, errors.csv {@code file})
         * @param length size in bytes at listing time
         */
        public InputFile(int order, String id, String uri, String shown, long length) {
            this.order = order;
            this.id = Objects.requireNonNull(id, "id");
            this.uri = Objects.requireNonNull(uri, "uri");
            this.shown = Objects.requireNonNull(shown, "shown");
            this.length = length;
        }

        /** @return position in the batch */
        public int order() {
            return order;
        }

        /** @return unique report id */
        public String id() {
            return id;
        }

        /** @return the fully qualified Hadoop path */
        public String uri() {
            return uri;
        }

        /** @return the file as the user named it */
        public String shown() {
            return shown;
        }

        /** @return size in bytes at listing time */
        public long length() {
            return length;
        }

        @Override
        public String toString() {
            return order + ":" + id + "=" + shown;
        }
    }

    private SparkInputs() {
    }

    /**
     * Lists the reports named by {@code args}.
     *
     * @param conf the Hadoop configuration (the session's)
     * @param args paths, folders or globs; each may be a comma-separated list
     * @return the batch in order; empty if the folders hold no report
     * @throws InputException when an argument names nothing, or a folder cannot be listed
     */
    public static List<InputFile> list(Configuration conf, List<String> args) {
        List<FileStatus> files = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String arg : split(args)) {
            try {
                expand(conf, arg, files, shown);
            } catch (IOException e) {
                throw new InputException(arg + ": cannot list: " + e.getMessage(), e);
            }
        }
        List<InputFile> out = new ArrayList<>(files.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            FileStatus f = files.get(i);
            String stem = Inputs.stem(f.getPath().getName());
            int n = seen.merge(stem.toLowerCase(Locale.ROOT), 1, Integer::sum);
            String id = n == 1 ? stem : stem + "-" + n;
            out.add(new InputFile(i, id, f.getPath().toString(), shown.get(i), f.getLen()));
        }
        return out;
    }

    private static List<String> split(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            for (String s : a.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static void expand(Configuration conf, String arg, List<FileStatus> files, List<String> shown)
            throws IOException {
        Path path = new Path(arg);
        FileSystem fs = path.getFileSystem(conf);
        boolean glob = isGlob(arg);
        FileStatus[] matches;
        try {
            matches = glob ? fs.globStatus(path) : new FileStatus[] {fs.getFileStatus(path)};
        } catch (FileNotFoundException e) {
            matches = null;
        }
        if (matches == null || matches.length == 0) {
            throw new InputException(arg + (glob ? ": matches no file or folder" : ": no such file or folder"));
        }
        matches = matches.clone();
        Arrays.sort(matches, BY_PATH);
        for (FileStatus m : matches) {
            // as the user named it: the argument itself, or for a glob the match (relative when the glob was)
            String named = glob ? named(fs, arg, m.getPath()) : arg;
            if (m.isDirectory()) {
                List<LocatedFileStatus> inDir = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    String name = f.getPath().getName();
                    if (f.isFile() && !name.startsWith(".") && InputFormat.forFileName(name).isPresent()) {
                        inDir.add(f);
                    }
                }
                inDir.sort(BY_PATH);
                String dir = m.getPath().toUri().getPath();
                String base = stripTrailingSlashes(named);
                for (LocatedFileStatus f : inDir) {
                    String rel = f.getPath().toUri().getPath().substring(dir.length() + (dir.endsWith("/") ? 0 : 1));
                    files.add(f);
                    shown.add(base + "/" + rel);
                }
            } else {
                files.add(m);
                shown.add(named);
            }
        }
    }

    /** As Java sorts local paths (UnixPath compares the bytes), so folders list in the CLI's order. */
    private static final Comparator<FileStatus> BY_PATH = (a, b) -> Arrays.compare(
            a.getPath().toUri().getPath().getBytes(StandardCharsets.UTF_8),
            b.getPath().toUri().getPath().getBytes(StandardCharsets.UTF_8));

    private static boolean isGlob(String arg) {
        for (char c : "*?[]{}".toCharArray()) {
            if (arg.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String named(FileSystem fs, String arg, Path match) {
        Path argPath = new Path(arg);
        if (!argPath.isAbsolute() && argPath.toUri().getScheme() == null) {
            String wd = fs.getWorkingDirectory().toUri().getPath();
            String p = match.toUri().getPath();
            String prefix = wd.endsWith("/") ? wd : wd + "/";
            if (p.startsWith(prefix)) {
                return p.substring(prefix.length());
            }
        }
        return match.toString();
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }
}

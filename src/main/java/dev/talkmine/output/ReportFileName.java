package dev.talkmine.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A report id as a file name: {@code <id>.json} in the output folder, {@code .talkmine/<id>.rows}
 * beside it. Ids come from input file names, so they are checked before any file is named after
 * them: an id that could escape the folder or that another system cannot store is rejected.
 */
final class ReportFileName {
    /** Longest id in UTF-8 bytes: with {@code .json} and the temp-file affixes it stays under 255. */
    static final int MAX_ID_BYTES = 200;
    private static final String WINDOWS_INVALID = "<>:\"|?*";

    private ReportFileName() {
    }

    /**
     * {@code dir/<id>.json}, after checking that {@code id} is a safe, portable file name: not
     * empty, no leading {@code .}, no {@code ..}, no path separator, no control character, none of
     * {@code < > : " | ? *} (invalid on Windows), no unpaired surrogate, at most
     * {@value #MAX_ID_BYTES} UTF-8 bytes.
     *
     * @throws IllegalArgumentException if it is not
     */
    static Path jsonFile(Path dir, String id) {
        Objects.requireNonNull(id, "id");
        String problem = problem(id);
        if (problem != null) {
            throw new IllegalArgumentException("report id '" + printable(id) + "' is not a safe file name: " + problem);
        }
        Path file;
        try {
            file = dir.resolve(id + ".json");
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("report id '" + printable(id) + "' is not a valid file name: " + e.getReason(), e);
        }
        // belt and braces: the checks above should make this impossible
        if (!dir.equals(file.getParent()) || !file.normalize().startsWith(dir)) {
            throw new IllegalArgumentException("report id '" + printable(id) + "' resolves outside " + dir);
        }
        return file;
    }

    /** What makes the id unsafe, or null. */
    private static String problem(String id) {
        if (id.isEmpty()) {
            return "empty";
        }
        if (id.startsWith(".")) {
            return "starts with '.'";
        }
        if (id.contains("..")) {
            return "contains '..'";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '/' || c == '\\') {
                return "contains a path separator";
            }
            if (Character.isISOControl(c)) {
                return "contains a control character";
            }
            if (WINDOWS_INVALID.indexOf(c) >= 0) {
                return "contains '" + c + "'";
            }
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate";
            }
        }
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            return "longer than " + MAX_ID_BYTES + " UTF-8 bytes";
        }
        return null;
    }

    /** The id with control characters escaped, for error messages. */
    private static String printable(String id) {
        StringBuilder sb = new StringBuilder();
        id.chars().forEach(c -> sb.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.toString();
    }
}

package dev.talkmine.output;

import dev.talkmine.internal.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What an earlier batch left in an output folder that a resumed one may keep: reports whose
 * outputs are complete for the same input bytes and setup, and stray temporary files to clear.
 *
 * @param dir    the output folder, absolute and normalised
 * @param json   whether the batch writes {@code <id>.json} (then it must be complete too)
 * @param setup  SHA-256 hex of the setup line the outputs must have been written under
 */
record ResumeCache(Path dir, boolean json, String setup) {

    /**
     * Complete outputs for this input, as {@link BatchWriter#completed} documents.
     *
     * @throws IOException if a file that exists cannot be read
     */
    Optional<CompletedReport> completed(String id, String path, String sha256) throws IOException {
        Path jsonFile = ReportFileName.jsonFile(dir, id);
        if (json) {
            var source = ReportJson.readSource(jsonFile);
            if (source.isEmpty() || !source.get().sha256().equals(sha256) || !source.get().path().equals(path)) {
                return Optional.empty();
            }
        }
        Optional<RowsFile.Saved> saved = RowsFile.read(RowsFile.of(dir, id));
        if (saved.isEmpty() || !saved.get().sha256().equals(sha256) || !saved.get().setup().equals(setup)
                || !saved.get().path().equals(RowsFile.roundTrip(path))) {
            return Optional.empty();
        }
        return Optional.of(new CompletedReport(id, json ? jsonFile : null, saved.get().rows()));
    }

    /**
     * Deletes the {@code .<name>.tmp-<random>} files a hard-killed batch may have left in the
     * output folder and its {@code .talkmine} folder.
     *
     * @return how many were deleted
     * @throws IOException if a folder cannot be listed or a file deleted
     */
    int deleteStrayTempFiles() throws IOException {
        int n = 0;
        for (Path d : List.of(dir, dir.resolve(RowsFile.DIR))) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (AtomicFile.isTempFile(f.getFileName().toString()) && Files.isRegularFile(f)) {
                        Files.deleteIfExists(f);
                        n++;
                    }
                }
            }
        }
        return n;
    }
}

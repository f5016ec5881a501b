package dev.talkmine.output;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice run headless to convert files, as a user's {@code soffice --convert-to} does, with a
 * profile of its own. CI ({@code .ci/run}) installs Debian's {@code libreoffice-calc-nogui}.
 */
final class Soffice {
    /** LibreOffice's CSV export: comma, double quote, UTF-8 (76), every sheet to its own file (-1). */
    static final String CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    /** LibreOffice's CSV import as docs/output-format.md tells it: comma, double quote, UTF-8, from line 1. */
    static final String CSV_IMPORT = "CSV:44,34,76,1";

    private final Path profile;

    Soffice(Path profile) {
        this.profile = profile;
    }

    /** The {@code soffice} on the PATH, if any. */
    static Optional<Path> binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Converts {@code file} into {@code outDir}.
     *
     * @param infilter the import filter and its options, or null for LibreOffice's default
     * @param convertTo the {@code --convert-to} argument
     */
    void convert(Path file, String infilter, String convertTo, Path outDir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary().orElseThrow().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toAbsolutePath().toUri()));
        if (infilter != null) {
            cmd.add("--infilter=" + infilter);
        }
        cmd.addAll(List.of("--convert-to", convertTo, "--outdir", outDir.toAbsolutePath().toString(),
                file.toAbsolutePath().toString()));
        Path log = Files.createTempFile(profile.getParent(), "soffice", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice timed out converting " + file);
        }
        if (p.exitValue() != 0) {
            throw new IOException("soffice exited with " + p.exitValue() + ": " + Files.readString(log, StandardCharsets.UTF_8));
        }
    }
}

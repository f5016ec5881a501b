package dev.talkmine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is small and written down (issue 15): every package's {@code package-info.java}
 * says whether it is API or internal, and the API packages expose exactly the types listed here. A
 * new public type in an API package fails this test until it is added on purpose.
 */
class ApiSurfaceTest {
    private static final Path MAIN = Path.of("src/main/java/dev/talkmine");
    private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*"
            + "(?:class|interface|record|enum|@interface)\\s+(\\w+)");

    static final Set<String> API_PACKAGES = Set.of("", "doc", "input", "output", "overview", "pipeline", "spark");

    static final Set<String> API = Set.of(
            "Talkmine", "PipelineConfig", "TalkmineException", "InputException", "ModelException",
            "doc.Block", "doc.Candidate", "doc.Document", "doc.Entity", "doc.EntityType", "doc.InputFormat", "doc.Layer", "doc.LinkReason",
            "doc.Mention", "doc.MentionSource", "doc.Report", "doc.Segment", "doc.Sentence", "doc.Shape", "doc.ShapeToken",
            "doc.SpanIndex", "doc.Speaker", "doc.Summary", "doc.TableRow", "doc.Talk", "doc.TalkKind", "doc.TextSpan",
            "doc.Unit", "doc.Verdict",
            "input.DocumentReader",
            "output.BatchWriter", "output.CompletedReport", "output.CsvTables", "output.ReportJson",
            "overview.OverviewWriter",
            "pipeline.Pipeline", "pipeline.Stage", "pipeline.StageException", "pipeline.StageListener",
            "spark.SparkMain", "spark.SparkRunner");

    @Test
    void everyPackageSaysWhetherItIsApiOrInternal() throws IOException {
        Set<String> api = new TreeSet<>();
        try (Stream<Path> infos = Files.walk(MAIN).filter(p -> p.getFileName().toString().equals("package-info.java"))) {
            for (Path info : infos.toList()) {
                String doc = Files.readString(info, StandardCharsets.UTF_8);
                boolean isApi = doc.contains("<b>API.</b>");
                assertThat(isApi ^ doc.contains("<b>Internal.</b>")).as("%s says API or Internal, once", info).isTrue();
                if (isApi) {
                    api.add(packageOf(info));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(MAIN).filter(Files::isDirectory)) {
            dirs.forEach(d -> assertThat(d.resolve("package-info.java")).as("every package has a package-info").exists());
        }
        assertThat(api).containsExactlyInAnyOrderElementsOf(API_PACKAGES);
    }

    @Test
    void apiPackagesExposeOnlyTheListedTypes() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN).filter(p -> p.toString().endsWith(".java"))) {
            for (Path f : files.toList()) {
                String pkg = packageOf(f);
                var m = PUBLIC_TYPE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                if (API_PACKAGES.contains(pkg) && m.find()) {
                    found.add(pkg.isEmpty() ? m.group(1) : pkg + "." + m.group(1));
                }
            }
        }
        assertThat(found).as("public types of the API packages: make new ones package-private, or add them here on purpose")
                .containsExactlyInAnyOrderElementsOf(API);
    }

    private static String packageOf(Path file) {
        Path dir = MAIN.relativize(file.getParent());
        return dir.toString().replace('/', '.');
    }
}

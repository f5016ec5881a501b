package dev.talkmine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.testing.JavaSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules every class in {@code src/main/java} keeps (issue 15): no regex compiled on every call (no
 * {@code Pattern.compile} outside a {@code static final} field, unless its line says
 * {@value JavaSource#ON_PURPOSE} and why, as for a regex made of data; no {@code String.matches},
 * {@code replaceAll}, {@code replaceFirst} or {@code split} with a regex literal, except a
 * {@code split} on one plain character, which the JDK does without a regex), no class over
 * {@value #MAX_CLASS_LINES} lines, no method over {@value #MAX_METHOD_LINES} lines. No package is exempt.
 */
class CodeRulesTest {
    static final int MAX_CLASS_LINES = 350;
    static final int MAX_METHOD_LINES = 60;
    private static final Path MAIN = Path.of("src/main/java");


    @Test
    void noRegexIsCompiledOnEveryCall() throws IOException {
        List<String> found = new ArrayList<>();
        for (JavaSource s : sources()) {
            found.addAll(s.regexesCompiledPerCall());
        }
        assertThat(found).as("precompile these into static final Pattern constants").isEmpty();
    }

    @Test
    void noClassIsLongerThan350Lines() throws IOException {
        List<String> found = new ArrayList<>();
        for (JavaSource s : sources()) {
            if (s.lines() > MAX_CLASS_LINES) {
                found.add(s + ": " + s.lines() + " lines");
            }
        }
        assertThat(found).as("split these into classes with one job each").isEmpty();
    }

    @Test
    void noMethodIsLongerThan60Lines() throws IOException {
        List<String> found = new ArrayList<>();
        for (JavaSource s : sources()) {
            for (JavaSource.Method m : s.methods()) {
                if (m.lines() > MAX_METHOD_LINES) {
                    found.add(s + ":" + m.line() + ": " + m.name() + " is " + m.lines() + " lines");
                }
            }
        }
        assertThat(found).as("split these methods").isEmpty();
    }

    // the scanner itself, on code written for the tests

    @Test
    void aPatternCompiledInAMethodOrAStringRegexCallIsFound() {
        JavaSource s = JavaSource.of("X.java", """
                class X {
                    private static final Pattern OK = Pattern.compile("a+");
                    private static final java.util.regex.Pattern ALSO_OK =
                            java.util.regex.Pattern.compile("b+");
                    String f(String s) {
                        Pattern p = Pattern.compile("c+");
                        Pattern words = Pattern.compile(s); // per call on purpose: made of the caller's words
                        String t = s.replaceAll("\\\\s+", " ");
                        boolean m = s.matches("[a-z]+");
                        String[] parts = s.split("\\\\s*,\\\\s*");
                        return OK.matcher(s).replaceAll(" ") + s.split(",").length + s.split("\\\\.").length;
                    }
                }
                """);

        assertThat(s.regexesCompiledPerCall()).containsExactly(
                "X.java:6: Pattern.compile outside a static final field",
                "X.java:8: replaceAll(\"\\\\s+\", ...) compiles its regex on every call",
                "X.java:9: matches(\"[a-z]+\", ...) compiles its regex on every call",
                "X.java:10: split(\"\\\\s*,\\\\s*\", ...) compiles its regex on every call");
    }

    @Test
    void methodsAreMeasuredFromTheirNameToTheirClosingBrace() {
        JavaSource s = JavaSource.of("Y.java", """
                @Command(name = "y", description = {"a", "b"})
                class Y {
                    Y(int a) {
                        this.a = a;
                    }

                    @Override
                    public Iterator<String> iterator() throws IOException {
                        if (a > 0) {
                            return null;
                        }
                        return new Iterator<>() {
                            public boolean hasNext() { return false; }
                        };
                    }
                    record R(int x) {
                    }
                }
                """);

        assertThat(s.methods()).extracting(JavaSource.Method::name, JavaSource.Method::line, JavaSource.Method::lines)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Y", 3, 3),
                        org.assertj.core.groups.Tuple.tuple("iterator", 8, 8),
                        org.assertj.core.groups.Tuple.tuple("hasNext", 13, 1));
    }

    private static List<JavaSource> sources() throws IOException {
        List<JavaSource> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = MAIN.relativize(f).toString().replace('\\', '/');
                out.add(JavaSource.of(rel, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }
}

package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.TextSpan;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small builders shared by the ner tests: gazetteers from rows, and hand-made mentions. */
final class NerFixtures {
    static final String HEADER = "name\ttype\tcategory\taliases\tambiguous\n";

    private NerFixtures() {
    }

    /** A gazetteer parsed from TSV text (origin "test.tsv"). */
    static Gazetteer parse(String tsv) {
        return Gazetteer.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    /** A gazetteer of these rows under the standard header; columns separated by '|'-free TABs. */
    static Gazetteer rows(String... rows) {
        return parse(HEADER + String.join("\n", rows) + "\n");
    }

    /** The project's real English word list (models/english-words.txt), loaded once. */
    static WordList englishWords() {
        return EnglishWords.LIST;
    }

    private static final class EnglishWords {
        static final WordList LIST = load();

        private static WordList load() {
            try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("models/english-words.txt"))) {
                return WordList.parse(in, "models/english-words.txt");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The project's real lexicon (models/lexicon/), loaded once. */
    static dev.talkmine.learn.Lexicon lexicon() {
        return RealLexicon.LEXICON;
    }

    private static final class RealLexicon {
        static final dev.talkmine.learn.Lexicon LEXICON = dev.talkmine.learn.Lexicon.load(
                dev.talkmine.learn.ModelFiles.in(java.nio.file.Path.of("models")));
    }

    /** The mentions of the proposals their finder vouches for (what the rules alone would keep). */
    static java.util.List<Mention> kept(java.util.List<Proposal> proposals) {
        return proposals.stream().filter(CandidateFeatures::kept).map(Proposal::mention).toList();
    }

    /** The recogniser tests' gazetteer, src/test/resources/dev/talkmine/ner/test-technologies.tsv. */
    static Gazetteer testGazetteer() {
        try (InputStream in = NerFixtures.class.getResourceAsStream("test-technologies.tsv")) {
            return Gazetteer.parse(in, "test-technologies.tsv");
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mention of the {@code occurrence}-th (0-based) occurrence of {@code surface} in the report. */
    static Mention mention(Report r, String surface, int occurrence, EntityType type, MentionSource source,
                           double confidence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = r.text().indexOf(surface, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("'" + surface + "' #" + occurrence + " not in the text");
            }
        }
        return new Mention(new TextSpan(at, at + surface.length()), surface, type, surface, null, source, confidence,
                "test");
    }

    static Mention mention(Report r, String surface, EntityType type, MentionSource source, double confidence) {
        return mention(r, surface, 0, type, source, confidence);
    }
}

package dev.talkmine.eval;

import java.util.List;
import java.util.Objects;

/**
 * The scores of one report, the same numbers as {@code score()} in {@code score.py}.
 *
 * @param talks         talk segmentation
 * @param speakers      speakers of matched talks
 * @param affiliations  organizations of matched talks
 * @param titles        exact (normalised) titles among gold talks that have one
 * @param kinds         kinds among all gold talks (an unmatched gold talk counts as wrong)
 * @param people        PERSON entities
 * @param organizations ORGANIZATION entities
 * @param technologies  TECHNOLOGY entities
 */
public record Scores(Talks talks, Prf speakers, Prf affiliations, Accuracy titles, Accuracy kinds,
        Entities people, Entities organizations, Entities technologies) {

    /** Checks that no part is {@code null}. */
    public Scores {
        Objects.requireNonNull(talks, "talks");
        Objects.requireNonNull(speakers, "speakers");
        Objects.requireNonNull(affiliations, "affiliations");
        Objects.requireNonNull(titles, "titles");
        Objects.requireNonNull(kinds, "kinds");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(organizations, "organizations");
        Objects.requireNonNull(technologies, "technologies");
    }

    /** Precision, recall and F1 of {@code field}. */
    public Prf prf(Field field) {
        return switch (field) {
            case TALKS -> talks.prf();
            case SPEAKERS -> speakers;
            case AFFILIATIONS -> affiliations;
            case PEOPLE -> people.prf();
            case ORGANIZATIONS -> organizations.prf();
            case TECHNOLOGIES -> technologies.prf();
        };
    }

    /**
     * Talk segmentation scores.
     *
     * @param prf     precision, recall and F1 of matched talks
     * @param gold    gold talks
     * @param pred    predicted talks
     * @param matched gold talks matched to a predicted talk
     */
    public record Talks(Prf prf, int gold, int pred, int matched) {
        /** Checks that {@code prf} is not {@code null}. */
        public Talks {
            Objects.requireNonNull(prf, "prf");
        }
    }

    /**
     * An accuracy: correct answers over {@code n} questions ({@code 1.0} when {@code n} is 0).
     *
     * @param acc the accuracy
     * @param n   the number of questions
     */
    public record Accuracy(double acc, int n) {
    }

    /**
     * Scores of one entity type, compared as sets of normalised names.
     *
     * @param prf      precision, recall and F1
     * @param gold     distinct normalised gold names
     * @param pred     distinct normalised predicted names
     * @param missed   gold names not predicted, normalised, in code point order
     * @param spurious predicted names not in the gold, normalised, in code point order
     */
    public record Entities(Prf prf, int gold, int pred, List<String> missed, List<String> spurious) {
        /** Copies the lists. */
        public Entities {
            Objects.requireNonNull(prf, "prf");
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }
}

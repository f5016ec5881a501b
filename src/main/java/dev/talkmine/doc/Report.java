package dev.talkmine.doc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of processing one {@link Document}: the document and every layer the stages added.
 * Immutable; each {@code with...} method returns a new report with one more layer.
 *
 * @param document  the report as read
 * @param layers    which layers have been produced
 * @param sentences sentences with tokens, in order
 * @param mentions  entity mentions, in order (before canonicalisation their names are raw)
 * @param units     the pieces that can open a passage, each with its shape (the structure layer)
 * @param segments  talk and non-talk passages, in order, not overlapping
 * @param entities  canonical entities, ordered by first mention
 * @param talks     talks with their attributes, in order
 * @param candidates spans proposed as mentions, with their features, in text order (what the
 *                   mention decision reads)
 * @param summaries one per talk, in the order of {@code talks}: what it was about
 * @param verdicts  one per talk, in the order of {@code talks}: what the author thought of it
 */
public record Report(Document document, Set<Layer> layers, List<Sentence> sentences, List<Mention> mentions,
                     List<Unit> units, List<Segment> segments, List<Entity> entities, List<Talk> talks,
                     List<Candidate> candidates, List<Summary> summaries, List<Verdict> verdicts) {

    public Report {
        Objects.requireNonNull(document, "document");
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        units = List.copyOf(units);
        segments = List.copyOf(segments);
        entities = List.copyOf(entities);
        talks = List.copyOf(talks);
        candidates = List.copyOf(candidates);
        summaries = List.copyOf(summaries);
        verdicts = List.copyOf(verdicts);
    }

    /** A report with no layers yet. */
    public static Report of(Document document) {
        return new Report(document, Set.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /** The report's text (all offsets refer to it). */
    public String text() {
        return document.text();
    }

    public Report withSentences(List<Sentence> s) {
        return new Report(document, plus(Layer.SENTENCES), s, mentions, units, segments, entities, talks, candidates, summaries, verdicts);
    }

    public Report withMentions(List<Mention> m) {
        return new Report(document, plus(Layer.MENTIONS), sentences, m, units, segments, entities, talks, candidates, summaries, verdicts);
    }

    public Report withCandidates(List<Candidate> c) {
        return new Report(document, plus(Layer.CANDIDATES), sentences, mentions, units, segments, entities, talks, c, summaries,
                verdicts);
    }

    public Report withUnits(List<Unit> u) {
        return new Report(document, plus(Layer.STRUCTURE), sentences, mentions, u, segments, entities, talks, candidates, summaries, verdicts);
    }

    /**
     * Checks that a layer has been produced; stages call it for each layer they read, so that a
     * pipeline in the wrong order fails with a message instead of reading an empty list.
     *
     * @throws IllegalStateException naming the missing layer
     */
    public Report require(Layer layer) {
        if (!layers.contains(layer)) {
            throw new IllegalStateException("layer " + layer + " has not been produced (have " + layers + ")");
        }
        return this;
    }

    public Report withSegments(List<Segment> s) {
        return new Report(document, plus(Layer.SEGMENTS), sentences, mentions, units, s, entities, talks, candidates, summaries, verdicts);
    }

    public Report withEntities(List<Entity> e) {
        return new Report(document, plus(Layer.ENTITIES), sentences, mentions, units, segments, e, talks, candidates, summaries, verdicts);
    }

    public Report withTalks(List<Talk> t) {
        return new Report(document, plus(Layer.TALKS), sentences, mentions, units, segments, entities, t, candidates, summaries, verdicts);
    }

    /**
     * Adds the summaries layer.
     *
     * @throws IllegalArgumentException unless there is one summary per talk, in talk order
     */
    public Report withSummaries(List<Summary> s) {
        checkPerTalk(s.stream().map(Summary::talk).toList(), "summaries");
        return new Report(document, plus(Layer.SUMMARIES), sentences, mentions, units, segments, entities, talks, candidates, s, verdicts);
    }

    /**
     * Adds the verdicts layer.
     *
     * @throws IllegalArgumentException unless there is one verdict per talk, in talk order
     */
    public Report withVerdicts(List<Verdict> v) {
        checkPerTalk(v.stream().map(Verdict::talk).toList(), "verdicts");
        return new Report(document, plus(Layer.VERDICTS), sentences, mentions, units, segments, entities, talks, candidates, summaries, v);
    }

    /** The summary of a talk of this report, or an empty one when the report was not summarised. */
    public Summary summaryOf(Talk talk) {
        int i = position(talk);
        return i >= 0 && i < summaries.size() ? summaries.get(i) : Summary.none(talk.index());
    }

    /** The verdict on a talk of this report, or empty when the report was not judged. */
    public Optional<Verdict> verdictOf(Talk talk) {
        int i = position(talk);
        return i >= 0 && i < verdicts.size() ? Optional.of(verdicts.get(i)) : Optional.empty();
    }

    /** Where a talk is in {@code talks}: talks are numbered from 1 in order, so usually at index - 1. */
    private int position(Talk talk) {
        int i = talk.index() - 1;
        return i >= 0 && i < talks.size() && talks.get(i).equals(talk) ? i : talks.indexOf(talk);
    }

    private void checkPerTalk(List<Integer> indexes, String what) {
        if (!indexes.equals(talks.stream().map(Talk::index).toList())) {
            throw new IllegalArgumentException(what + " " + indexes + " do not follow the talks one to one");
        }
    }

    /**
     * The talk whose passage contains {@code offset}, if any. Talks are in text order and do not
     * overlap, so this is a binary search: writers ask it once per mention.
     */
    public Optional<Talk> talkAt(int offset) {
        int lo = 0;
        int hi = talks.size() - 1;
        int last = -1; // the last talk starting at or before offset
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (talks.get(mid).span().start() <= offset) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && talks.get(last).span().contains(offset) ? Optional.of(talks.get(last)) : Optional.empty();
    }

    private Set<Layer> plus(Layer l) {
        List<Layer> all = new ArrayList<>(layers);
        all.add(l);
        return EnumSet.copyOf(all);
    }
}

package dev.talkmine.doc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of processing one {@link Document}: the document and every layer the stages added.
 * Immutable; each {@code with...} method returns a new report with one more layer. Each list
 * component is one {@link Layer}; a stage reads a layer only when it requires it (the pipeline
 * hands each stage a {@linkplain #readableOnly view} that fails on any other).
 *
 * @param document  the report as read
 * @param layers    which layers have been produced
 * @param sentences sentences with tokens, in order
 * @param mentions  entity mentions as the mention decision made them, in order (names raw)
 * @param units     the pieces that can open a passage, each with its shape (the structure layer)
 * @param segments  talk and non-talk passages, in order, not overlapping
 * @param entities  canonical entities, ordered by first mention
 * @param talks     talks with their attributes, in order
 * @param candidates spans proposed as mentions, with their features, in text order (what the
 *                   mention decision reads)
 * @param summaries one per talk, in the order of {@code talks}: what it was about
 * @param verdicts  one per talk, in the order of {@code talks}: what the author thought of it
 * @param resolvedMentions the mentions after entity linking, in order: each renamed (and
 *                         retyped) to its entity; what later stages read. The entities hold them,
 *                         but for the first mention of each organization a talk states for its
 *                         speaker, which they hold as an organization whatever its type here
 * @param linkReasons why linking changed a resolved mention, for each one it changed, in the order
 *                    of {@code resolvedMentions}; the entities stage reads them for the entities' merges
 */
public record Report(Document document, Set<Layer> layers, List<Sentence> sentences, List<Mention> mentions,
                     List<Unit> units, List<Segment> segments, List<Entity> entities, List<Talk> talks,
                     List<Candidate> candidates, List<Summary> summaries, List<Verdict> verdicts,
                     List<Mention> resolvedMentions, List<LinkReason> linkReasons) {

    public Report {
        Objects.requireNonNull(document, "document");
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        sentences = copy(sentences);
        mentions = copy(mentions);
        units = copy(units);
        segments = copy(segments);
        entities = copy(entities);
        talks = copy(talks);
        candidates = copy(candidates);
        summaries = copy(summaries);
        verdicts = copy(verdicts);
        resolvedMentions = copy(resolvedMentions);
        linkReasons = copy(linkReasons);
    }

    /** A report with no layers yet. */
    public static Report of(Document document) {
        return new Report(document, Set.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    /** The report's text (all offsets refer to it). */
    public String text() {
        return document.text();
    }

    public Report withSentences(List<Sentence> s) {
        return with(Layer.SENTENCES, s);
    }

    public Report withMentions(List<Mention> m) {
        return with(Layer.MENTIONS, m);
    }

    public Report withCandidates(List<Candidate> c) {
        return with(Layer.CANDIDATES, c);
    }

    public Report withUnits(List<Unit> u) {
        return with(Layer.STRUCTURE, u);
    }

    /**
     * Checks that a layer has been produced and may be read; stages call it for each layer they
     * read, so that a pipeline in the wrong order fails with a message instead of reading an empty
     * list, and a stage that does not require the layer fails at once.
     *
     * @throws IllegalStateException naming the missing or unrequired layer
     */
    public Report require(Layer layer) {
        if (layer(layer) instanceof Withheld<?> w) {
            throw w.unread();
        }
        if (!layers.contains(layer)) {
            throw new IllegalStateException("layer " + layer + " has not been produced (have " + layers + ")");
        }
        return this;
    }

    public Report withSegments(List<Segment> s) {
        return with(Layer.SEGMENTS, s);
    }

    public Report withEntities(List<Entity> e) {
        return with(Layer.ENTITIES, e);
    }

    public Report withTalks(List<Talk> t) {
        return with(Layer.TALKS, t);
    }

    /**
     * Adds the summaries layer.
     *
     * @throws IllegalArgumentException unless there is one summary per talk, in talk order
     */
    public Report withSummaries(List<Summary> s) {
        checkPerTalk(s.stream().map(Summary::talk).toList(), "summaries");
        return with(Layer.SUMMARIES, s);
    }

    /**
     * Adds the verdicts layer.
     *
     * @throws IllegalArgumentException unless there is one verdict per talk, in talk order
     */
    public Report withVerdicts(List<Verdict> v) {
        checkPerTalk(v.stream().map(Verdict::talk).toList(), "verdicts");
        return with(Layer.VERDICTS, v);
    }

    /** Adds the mentions as entity linking resolved them (see {@link #resolvedMentions}). */
    public Report withResolvedMentions(List<Mention> m) {
        return with(Layer.RESOLVED_MENTIONS, m);
    }

    /** Adds why linking changed the resolved mentions it changed (see {@link #linkReasons}). */
    public Report withLinkReasons(List<LinkReason> r) {
        return with(Layer.LINK_REASONS, r);
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

    /** The list that holds {@code layer} (empty until the layer is produced). */
    public List<?> layer(Layer layer) {
        return switch (layer) {
            case SENTENCES -> sentences;
            case CANDIDATES -> candidates;
            case MENTIONS -> mentions;
            case ENTITIES -> entities;
            case RESOLVED_MENTIONS -> resolvedMentions;
            case LINK_REASONS -> linkReasons;
            case STRUCTURE -> units;
            case SEGMENTS -> segments;
            case TALKS -> talks;
            case SUMMARIES -> summaries;
            case VERDICTS -> verdicts;
        };
    }

    /**
     * This report as a stage that reads only {@code readable} sees it: the same document and the
     * same lists for those layers; every other layer's list throws {@link IllegalStateException}
     * when used (also through {@link #require}), and {@link #layers} holds only the readable ones
     * produced. What such a view's {@code with...} methods add is taken back with {@link #withLayersOf}.
     */
    public Report readableOnly(Set<Layer> readable) {
        List<?>[] lists = lists();
        Set<Layer> kept = EnumSet.noneOf(Layer.class);
        for (Layer l : Layer.values()) {
            if (readable.contains(l)) {
                if (layers.contains(l)) {
                    kept.add(l);
                }
            } else {
                lists[l.ordinal()] = new Withheld<>(l);
            }
        }
        return make(document, kept, lists);
    }

    /**
     * This report with the lists of {@code taken} from {@code other} (a stage's output, say), and
     * those layers added.
     *
     * @throws IllegalStateException when one of them is a layer {@code other}'s stage could not read
     */
    public Report withLayersOf(Report other, Set<Layer> taken) {
        List<?>[] lists = lists();
        Set<Layer> all = EnumSet.noneOf(Layer.class);
        all.addAll(layers);
        for (Layer l : taken) {
            if (other.layer(l) instanceof Withheld<?> w) {
                throw w.unread(); // a withheld list passed on as a produced layer: read by whoever reads that
            }
            lists[l.ordinal()] = other.layer(l);
            all.add(l);
        }
        return make(document, all, lists);
    }

    private Report with(Layer layer, List<?> list) {
        List<?>[] lists = lists();
        lists[layer.ordinal()] = list;
        return make(document, plus(layer), lists);
    }

    private List<?>[] lists() {
        List<?>[] lists = new List<?>[Layer.values().length];
        for (Layer l : Layer.values()) {
            lists[l.ordinal()] = layer(l);
        }
        return lists;
    }

    @SuppressWarnings("unchecked")
    private static Report make(Document document, Set<Layer> layers, List<?>[] l) {
        return new Report(document, layers, (List<Sentence>) l[Layer.SENTENCES.ordinal()], (List<Mention>) l[Layer.MENTIONS.ordinal()],
                (List<Unit>) l[Layer.STRUCTURE.ordinal()], (List<Segment>) l[Layer.SEGMENTS.ordinal()],
                (List<Entity>) l[Layer.ENTITIES.ordinal()], (List<Talk>) l[Layer.TALKS.ordinal()],
                (List<Candidate>) l[Layer.CANDIDATES.ordinal()], (List<Summary>) l[Layer.SUMMARIES.ordinal()],
                (List<Verdict>) l[Layer.VERDICTS.ordinal()], (List<Mention>) l[Layer.RESOLVED_MENTIONS.ordinal()],
                (List<LinkReason>) l[Layer.LINK_REASONS.ordinal()]);
    }

    /** An immutable copy; a withheld layer stays the same object (copying it would read it). */
    private static <T> List<T> copy(List<T> list) {
        return list instanceof Withheld<T> ? list : List.copyOf(list);
    }

    private Set<Layer> plus(Layer l) {
        List<Layer> all = new ArrayList<>(layers);
        all.add(l);
        return EnumSet.copyOf(all);
    }
}

package dev.talkmine.talk;

import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.Models;
import dev.talkmine.pipeline.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns each talk passage into a {@link Talk}: its speakers, title, kind and the speakers'
 * organizations, each chosen among the candidates of {@link TalkReader} by a classifier trained on
 * annotated reports, with the probability as evidence. Immutable and thread-safe.
 */
public final class TalkAttributeStage implements Stage {
    public static final String SPEAKER_MODEL = "learned/speaker.model";
    public static final String TITLE_MODEL = "learned/title.model";
    public static final String TITLE_CHOOSER_MODEL = "learned/title-chooser.model";
    public static final String KIND_MODEL = "learned/kind.model";
    public static final String AFFILIATION_MODEL = "learned/affiliation.model";
    /** The models this stage reads. */
    public static final Set<String> MODELS = Set.of(SPEAKER_MODEL, TITLE_MODEL, TITLE_CHOOSER_MODEL, KIND_MODEL, AFFILIATION_MODEL);
    /** Label of a candidate that is the attribute. */
    public static final String YES = "yes";
    /** Label of one that is not. */
    public static final String NO = "no";
    /** Tag of a token outside the title. */
    public static final String NOT_TITLE = TitleTagger.O;

    /**
     * How likely the chosen title must be to be output. Low, as the chooser's probability is that
     * of being the annotated title to the letter: measured on annotated passages (8-fold), 0.1
     * gives as many right titles as the tagger alone with fewer wrong ones and fewer titles where
     * the report states none; 0.2 loses twelve right ones for fewer false ones.
     */
    static final double TITLE_MIN_PROBABILITY = 0.1;
    /** How many of the likeliest title candidates {@code explain} shows. */
    private static final int EXPLAINED_TITLES = 4;

    private final Classifier speakers;
    private final Classifier titles;
    private final Classifier titleChooser;
    private final Classifier kinds;
    private final Classifier affiliations;
    private final Lexicon lexicon;

    /** A stage deciding with the models of {@link #MODELS}. */
    public TalkAttributeStage(Models models, Lexicon lexicon) {
        this.speakers = models.get(SPEAKER_MODEL);
        this.titles = models.get(TITLE_MODEL);
        this.titleChooser = models.get(TITLE_CHOOSER_MODEL);
        this.kinds = models.get(KIND_MODEL);
        this.affiliations = models.get(AFFILIATION_MODEL);
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "talk-attributes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SEGMENTS, Layer.STRUCTURE, Layer.RESOLVED_MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.TALKS);
    }

    @Override
    public Report process(Report report) {
        report.require(Layer.SEGMENTS).require(Layer.STRUCTURE).require(Layer.RESOLVED_MENTIONS);
        TalkReader reader = TalkReader.of(report, lexicon);
        List<Talk> talks = new ArrayList<>();
        for (Segment s : report.segments()) {
            if (s.label() == Segment.Label.TALK) {
                talks.add(talk(talks.size() + 1, s, reader.read(s.span())));
            }
        }
        return report.withTalks(talks);
    }

    private Talk talk(int index, Segment s, TalkReader.Parts parts) {
        List<String> evidence = new ArrayList<>();
        evidence.add("passage: " + s.reason());
        Map<String, Candidate> chosen = new LinkedHashMap<>();
        for (Candidate c : parts.speakers()) {
            double p = speakers.probability(YES, c.features());
            if (p >= 0.5) {
                chosen.put(c.value(), c);
                evidence.add(String.format(Locale.ROOT, "speaker %s (p=%.2f)", c.value(), p));
            }
        }
        String title = title(parts.titles(titles, chosen.keySet()), evidence);
        String kind = kinds.best(parts.kind());
        evidence.add("kind: " + kind);
        Map<String, List<String>> orgs = new LinkedHashMap<>();
        chosen.keySet().forEach(k -> orgs.put(k, new ArrayList<>()));
        List<String> talkOrgs = new ArrayList<>();
        for (Candidate c : parts.affiliations()) {
            double p = affiliations.probability(YES, c.features());
            AffiliationCandidates.Owner stated = parts.owner(c.value());
            boolean statedFor = stated != null && chosen.containsKey(stated.person());
            if (p < 0.5 && !statedFor) {
                continue;
            }
            evidence.add(String.format(Locale.ROOT, "organization %s (p=%.2f%s)", c.value(), p,
                    statedFor ? "; " + stated.how() + " " + stated.person() : ""));
            String owner = statedFor ? stated.person() : owner(chosen, c);
            (owner == null ? talkOrgs : orgs.get(owner)).add(c.value());
        }
        List<Speaker> speakerList = new ArrayList<>();
        chosen.keySet().forEach(k -> speakerList.add(new Speaker(k, orgs.get(k))));
        return new Talk(index, s.span(), TalkKind.valueOf(kind.toUpperCase(Locale.ROOT)), title,
                speakerList, talkOrgs, evidence);
    }

    /** The likeliest title candidate when it is likely enough, else null; the likeliest few go to the evidence. */
    private String title(List<Candidate> candidates, List<String> evidence) {
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            scored.add(Map.entry(c.value(), titleChooser.probability(YES, c.features())));
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        String title = !scored.isEmpty() && scored.get(0).getValue() >= TITLE_MIN_PROBABILITY ? scored.get(0).getKey() : null;
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, Double> e : scored.subList(0, Math.min(EXPLAINED_TITLES, scored.size()))) {
            shown.add(String.format(Locale.ROOT, "\"%s\" (p=%.2f)", e.getKey(), e.getValue()));
        }
        if (title != null) {
            evidence.add("title: " + shown.get(0) + (shown.size() > 1 ? "; runners-up: " + String.join(", ", shown.subList(1, shown.size())) : ""));
        } else {
            evidence.add("title: none" + (shown.isEmpty() ? "" : "; likeliest: " + String.join(", ", shown)));
        }
        return title;
    }

    /** The chosen speaker an organization belongs to: the nearest named before it, else the first after it. */
    private static String owner(Map<String, Candidate> chosen, Candidate org) {
        String before = null;
        String after = null;
        for (Candidate c : chosen.values()) {
            if (c.span().end() <= org.span().start()) {
                before = c.value();
            } else if (after == null) {
                after = c.value();
            }
        }
        return before != null ? before : after;
    }
}

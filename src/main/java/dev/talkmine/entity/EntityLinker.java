package dev.talkmine.entity;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.LinkReason;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.pipeline.Stage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renames each mention to the canonical name of its entity (the renamed mentions are a layer of
 * their own, which every later stage reads; the mention decision's stay as they were): first names
 * and surnames to the one full name they can belong to ("Guido" to "Guido van Rossum"), shorter
 * forms of a name to the longer one, case variants to one spelling, and a model "organization" to
 * the technology of the same name found elsewhere in the report. Gazetteer aliases ("Red Hatter",
 * "k8s") were already resolved by the recogniser. Every change keeps its reason, in a layer beside
 * the renamed mentions; {@link EntityStage} groups the renamed mentions into entities, with those
 * reasons, once the talks are known. Stateless and thread-safe.
 */
public final class EntityLinker implements Stage {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    @Override
    public String name() {
        return "linking";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.RESOLVED_MENTIONS, Layer.LINK_REASONS);
    }

    @Override
    public Report process(Report report) {
        Map<Mention, String> reasons = new HashMap<>();
        List<Mention> resolved = link(report.require(Layer.MENTIONS).mentions(), reasons);
        // only the resolved mentions' reasons: the map also holds those of in-between mentions a later step renamed again
        List<LinkReason> kept = resolved.stream().filter(reasons::containsKey).distinct()
                .map(m -> new LinkReason(m, reasons.get(m))).toList();
        return report.withResolvedMentions(resolved).withLinkReasons(kept);
    }

    /**
     * The decided mentions renamed (and some retyped) to their entities, one per decided mention in
     * the same order, each change's reason put in {@code reasons} under the mention it made
     * (deterministic: the same mentions always give the same result).
     */
    static List<Mention> link(List<Mention> decided, Map<Mention, String> reasons) {
        List<Mention> mentions = retypeKnownTechnologies(decided, reasons);
        mentions = canonicalPeople(mentions, reasons);
        return canonicalCase(mentions, reasons);
    }

    /** A model organization or single-word person whose name is a technology found by a gazetteer in this report. */
    static List<Mention> retypeKnownTechnologies(List<Mention> mentions, Map<Mention, String> reasons) {
        Map<String, Mention> tech = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.TECHNOLOGY && m.source() == MentionSource.GAZETTEER) {
                tech.putIfAbsent(key(m.text()), m);
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention t = tech.get(key(m.text()));
            boolean retype = t != null && m.source() == MentionSource.MODEL
                    && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON && !m.text().contains(" "));
            if (retype) {
                Mention retyped = new Mention(m.span(), m.text(), EntityType.TECHNOLOGY, t.name(), t.category(), m.source(),
                        m.confidence(), m.evidence() + "; retyped: " + t.name() + " is a technology in this report");
                reasons.put(retyped, m.text() + ": model " + m.type().name().toLowerCase(Locale.ROOT)
                        + ", but a gazetteer technology elsewhere in this report");
                out.add(retyped);
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Resolves single names and name prefixes to the one longer name they fit. */
    static List<Mention> canonicalPeople(List<Mention> mentions, Map<Mention, String> reasons) {
        List<String> full = mentions.stream().filter(m -> m.type() == EntityType.PERSON)
                .map(Mention::name).distinct().filter(n -> n.contains(" ")).toList();
        List<Mention> out = new ArrayList<>(mentions.size());
        Map<String, List<String>> candidatesByName = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                out.add(m);
                continue;
            }
            String[] words = SPACES.split(m.name());
            // the same name always gets the same candidates: work them out once per name
            List<String> candidates = candidatesByName.computeIfAbsent(m.name(), name -> {
                List<String> fitting = full.stream().filter(f -> !f.equals(name) && fits(words, f)).toList();
                // "Maro Jin" and "Maro Jin Pellow" are one person: keep the longest of names that fit into each other
                return fitting.stream()
                        .filter(f -> fitting.stream().noneMatch(g -> !g.equals(f) && fits(SPACES.split(f), g))).toList();
            });
            if (candidates.size() == 1) {
                Mention renamed = m.withName(candidates.get(0));
                String how = words.length > 1 ? "shorter form"
                        : fold(candidates.get(0)).startsWith(fold(m.name()) + " ") ? "first name" : "surname";
                reasons.put(renamed, m.name() + ": " + how + " of " + candidates.get(0));
                out.add(renamed);
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether the words of a short name are the first words, or the last word(s), of a full name. */
    private static boolean fits(String[] words, String fullName) {
        String[] f = SPACES.split(fullName);
        if (words.length >= f.length) {
            return false;
        }
        boolean prefix = true;
        boolean suffix = true;
        for (int i = 0; i < words.length; i++) {
            prefix &= fold(words[i]).equals(fold(f[i]));
            suffix &= fold(words[i]).equals(fold(f[f.length - words.length + i]));
        }
        return prefix || suffix;
    }

    /** One spelling per name and type: the most frequent, preferring one with capitals. */
    static List<Mention> canonicalCase(List<Mention> mentions, Map<Mention, String> reasons) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Mention m : mentions) {
            spellings.computeIfAbsent(m.type() + "\t" + fold(m.name()), k -> new HashMap<>()).merge(m.name(), 
                    m.source() == MentionSource.GAZETTEER ? 100 : 1, Integer::sum);
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Map<String, Integer> forms = spellings.get(m.type() + "\t" + fold(m.name()));
            String best = forms.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                            .thenComparing(e -> !e.getKey().equals(e.getKey().toLowerCase(Locale.ROOT)))
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            if (best.equals(m.name())) {
                out.add(m);
            } else {
                Mention renamed = m.withName(best);
                reasons.merge(renamed, m.name() + ": case variant of " + best, (a, b) -> a);
                out.add(renamed);
            }
        }
        return out;
    }

    /** Mentions grouped by type and name, in order of first mention, each entity with the reasons of its mentions' changes. */
    static List<Entity> group(List<Mention> mentions, Map<Mention, String> reasons) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byName.computeIfAbsent(m.type() + "\t" + m.name(), k -> new ArrayList<>()).add(m);
        }
        List<Entity> out = new ArrayList<>();
        int id = 1;
        for (List<Mention> ms : byName.values()) {
            Mention first = ms.get(0);
            double best = ms.stream().mapToDouble(Mention::confidence).max().orElse(0);
            double confidence = Math.min(0.99, best + 0.05 * (ms.size() - 1));
            String category = ms.stream().map(Mention::category).filter(c -> c != null).findFirst().orElse(null);
            List<String> merges = ms.stream().map(reasons::get).filter(r -> r != null).distinct().toList();
            out.add(new Entity("e" + id++, first.name(), first.type(), category, confidence, ms, merges));
        }
        return out;
    }

    private static String key(String s) {
        return fold(s);
    }

    /** Lower case without diacritics, for comparing names. */
    static String fold(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return d.toLowerCase(Locale.ROOT);
    }
}

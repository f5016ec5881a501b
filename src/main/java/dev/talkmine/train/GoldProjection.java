package dev.talkmine.train;

import dev.talkmine.doc.Candidate;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.eval.GoldReport;
import dev.talkmine.eval.TextNorm;
import dev.talkmine.ner.MentionDecider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The training label of each candidate span: the gold entity lists (names per report, no offsets)
 * projected onto the candidates. A candidate is of type T when its text, its text without a trailing
 * version or plural "s", or a proposal's name (a gazetteer's canonical name) normalises as the scorer
 * does to a gold name of type T; a one- or two-word capitalised candidate is a person when it is
 * the first or last words of exactly one gold person ("Guido" of Guido van Rossum). Not counted: a
 * lower-case ordinary English word for a capitalised gold name ("go" the verb for Go), a candidate
 * inside a URL or a handle. A text listed under two types (Docker the company and the tool) is an
 * organization where the words around speak of a company, else the technology (else the person).
 * See {@code models/README.md}.
 */
final class GoldProjection {
    private static final Pattern VERSION = Pattern.compile("[ \\t]*v?\\d+(?:\\.\\d+)*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<EntityType, Set<String>> names = new HashMap<>();
    private final Map<EntityType, Set<String>> lowerCaseNames = new HashMap<>();
    private final Map<String, Integer> personParts = new HashMap<>();

    GoldProjection(GoldReport gold) {
        add(EntityType.PERSON, gold.people());
        add(EntityType.ORGANIZATION, gold.organizations());
        add(EntityType.TECHNOLOGY, gold.technologies());
        for (String p : gold.people()) {
            String[] w = SPACES.split(TextNorm.norm(p));
            Set<String> parts = new HashSet<>();
            for (int n = 1; n < w.length && n <= 2; n++) {
                parts.add(String.join(" ", List.of(w).subList(0, n)));
                parts.add(String.join(" ", List.of(w).subList(w.length - n, w.length)));
            }
            parts.forEach(x -> personParts.merge(x, 1, Integer::sum));
        }
    }

    private void add(EntityType type, List<String> gold) {
        Set<String> all = names.computeIfAbsent(type, t -> new HashSet<>());
        Set<String> lower = lowerCaseNames.computeIfAbsent(type, t -> new HashSet<>());
        for (String g : gold) {
            if (g == null) {
                continue;
            }
            String n = TextNorm.norm(g);
            all.add(n);
            if (g.equals(g.toLowerCase(Locale.ROOT))) {
                lower.add(n);
            }
        }
    }

    /**
     * The outcome of each candidate, in order. A candidate inside a longer one that names a gold
     * entity is NONE: there the longer one is the mention ("Guido" inside "Guido van Rossum").
     */
    List<String> labels(List<Candidate> candidates) {
        List<String> out = new ArrayList<>(candidates.size());
        List<TextSpan> positive = new ArrayList<>();
        for (Candidate c : candidates) {
            String l = label(c);
            out.add(l);
            if (!l.equals(MentionDecider.NONE)) {
                positive.add(c.span());
            }
        }
        SpanIndex<TextSpan> index = SpanIndex.of(positive, s -> s);
        for (int i = 0; i < candidates.size(); i++) {
            TextSpan s = candidates.get(i).span();
            if (index.overlapping(s).stream().anyMatch(o -> o.contains(s) && !o.equals(s))) {
                out.set(i, MentionDecider.NONE);
            }
        }
        return out;
    }

    /** The outcome for this candidate alone: a type's name or {@link MentionDecider#NONE}. */
    String label(Candidate c) {
        List<String> f = c.features();
        if (f.contains("in-url") || f.contains("handle")) {
            return MentionDecider.NONE;
        }
        boolean lowerWord = f.contains("case=lower") && f.contains("eng=all");
        Set<String> keys = keys(c);
        List<EntityType> types = new ArrayList<>();
        for (EntityType t : MentionDecider.TYPES) {
            for (String k : keys) {
                if (names.get(t).contains(k) && !(lowerWord && !lowerCaseNames.get(t).contains(k))) {
                    types.add(t);
                    break;
                }
            }
        }
        if (!types.contains(EntityType.PERSON) && personPart(c)) {
            types.add(EntityType.PERSON);
        }
        if (types.isEmpty()) {
            return MentionDecider.NONE;
        }
        if (types.size() > 1) {
            boolean company = f.stream().anyMatch(x -> x.equals("before:organization-before") || x.equals("after:organization-after"));
            return (company && types.contains(EntityType.ORGANIZATION) ? EntityType.ORGANIZATION
                    : types.contains(EntityType.TECHNOLOGY) ? EntityType.TECHNOLOGY : types.get(0)).name();
        }
        return types.get(0).name();
    }

    private static Set<String> keys(Candidate c) {
        Set<String> keys = new HashSet<>();
        String text = c.text();
        keys.add(TextNorm.norm(text));
        keys.add(TextNorm.norm(VERSION.matcher(text).replaceFirst("")));
        if (text.length() > 3 && text.endsWith("s")) {
            keys.add(TextNorm.norm(text.substring(0, text.length() - 1)));
        }
        for (Mention m : c.proposals()) {
            keys.add(TextNorm.norm(m.name()));
        }
        keys.remove("");
        return keys;
    }

    /** "Guido" of Guido van Rossum, "Rossum": the first or last words of exactly one gold person. */
    private boolean personPart(Candidate c) {
        String n = TextNorm.norm(c.text());
        return Character.isUpperCase(c.text().codePointAt(0)) && SPACES.split(n).length <= 2
                && personParts.getOrDefault(n, 0) == 1;
    }
}

package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns overlapping candidates from the model, gazetteers and rules into one non-overlapping list.
 * A span that contains another wins (longest name); where spans cross, the more trusted finder
 * wins. A model "organization" that wraps a known technology ("MySQL Fabric") is a technology.
 * Model mentions this genre gets wrong are corrected first: handles, honorifics, conferences.
 */
final class MentionResolver {
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Dr|Prof|Mr|Mrs|Ms|Sir)\\.?\\s+");
    /** A sentence-starting word the model glued to a name ("Saron Yitbarek This was ..."). */
    private static final Pattern TRAILING_FUNCTION_WORD = Pattern.compile("\\s+(?:This|The|That|These|It|He|She|They|We|I|His|Her|There)$");
    /** "RubyConf", "DjangoCon", "BarCamp", "DevDays", "Foo 2031", "the X conference"; not "Falcon" or "Workday". */
    private static final Pattern EVENT_NAME = Pattern.compile(
            ".*(?:[\\p{Ll}\\d](?:Conf|CONF|Con|Camp|Fest|Days?)|\\b(?:Conf|Con|Camp|Fest|Summit|Meetup|Hackathon|Days?|Week)|\\s\\d{4})$"
            + "|(?i).*\\b(?:conference|summit|meetup|hackathon|fosdem)\\b.*");

    private final Gazetteer gazetteer;
    private final WordList words;

    MentionResolver(Gazetteer gazetteer, WordList words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    List<Mention> resolve(TextContext ctx, List<Mention> candidates) {
        List<Mention> cleaned = new ArrayList<>();
        for (Mention m : candidates) {
            Mention c = m.source() == MentionSource.MODEL ? clean(ctx, m) : m;
            if (c != null) {
                cleaned.add(c);
            }
        }
        cleaned = mergeNicknames(ctx, cleaned);
        // rule-found people only fill the model's gaps: never over what a model or gazetteer found
        List<Mention> found = cleaned.stream().filter(m -> m.source() != MentionSource.RULE).toList();
        cleaned.removeIf(m -> m.source() == MentionSource.RULE && m.type() == EntityType.PERSON
                && found.stream().anyMatch(f -> f.span().overlaps(m.span())));
        cleaned = retypeWrappedTechnologies(ctx, cleaned);
        cleaned.removeIf(m -> m.source() == MentionSource.RULE && m.evidence().contains("CamelCase") && isEvent(ctx, m.text(), m.span()));
        cleaned.sort(Comparator.comparingInt((Mention m) -> -m.span().length()).thenComparingInt(MentionResolver::rank)
                .thenComparing(m -> m.span()));
        // kept mentions never overlap, so a map by start finds a candidate's rivals in O(log n)
        java.util.TreeMap<Integer, Mention> byStart = new java.util.TreeMap<>();
        for (Mention m : cleaned) {
            List<Mention> rivals = new ArrayList<>();
            var before = byStart.floorEntry(m.span().start());
            if (before != null && before.getValue().span().overlaps(m.span())) {
                rivals.add(before.getValue());
            }
            rivals.addAll(byStart.subMap(m.span().start(), false, m.span().end(), false).values());
            if (rivals.stream().noneMatch(k -> beats(k, m))) {
                rivals.forEach(k -> byStart.remove(k.span().start()));
                byStart.put(m.span().start(), m);
            }
        }
        List<Mention> kept = new ArrayList<>(byStart.values());
        kept.sort(null);
        return vendorProducts(ctx, fromAffiliations(ctx, speakerLineAffiliations(ctx, retypeAffiliations(ctx, kept))));
    }

    /** Whether kept mention k keeps m out: always when k contains m, else by rank. */
    private static boolean beats(Mention k, Mention m) {
        if (k.span().contains(m.span())) {
            return true;
        }
        return rank(k) <= rank(m);
    }

    /** Lower is more trusted. */
    private static int rank(Mention m) {
        if (m.source() == MentionSource.GAZETTEER) {
            // a corroborated ambiguous name ("Jenkins" beside "Buildout") beats a one-word model person on the same span
            return m.type() == EntityType.TECHNOLOGY && m.confidence() < 0.8 ? 2 : 1;
        }
        if (m.source() == MentionSource.MODEL) {
            return m.type() == EntityType.PERSON ? 3 : 4;
        }
        if (m.type() == EntityType.PERSON) {
            return 3;
        }
        return m.confidence() >= 0.8 ? 1 : 5;
    }

    /** Fixes what the model gets wrong in this genre, or drops the mention (null). */
    private Mention clean(TextContext ctx, Mention m) {
        String text = ctx.text;
        TextSpan span = m.span();
        String surface = m.text();
        var h = HONORIFIC.matcher(surface);
        if (m.type() == EntityType.PERSON && h.find()) {
            span = new TextSpan(span.start() + h.end(), span.end());
            surface = span.coveredText(text);
        }
        if (surface.endsWith("'s") || surface.endsWith("’s")) {
            span = new TextSpan(span.start(), span.end() - 2);
            surface = span.coveredText(text);
        }
        var trailing = TRAILING_FUNCTION_WORD.matcher(surface);
        if (m.type() == EntityType.PERSON && trailing.find()) {
            span = new TextSpan(span.start(), span.start() + trailing.start());
            surface = span.coveredText(text);
        }
        while (!surface.isEmpty() && !Character.isLetterOrDigit(surface.charAt(surface.length() - 1))
                && surface.charAt(surface.length() - 1) != '+') {
            span = new TextSpan(span.start(), span.end() - 1);
            surface = span.coveredText(text);
        }
        if (surface.isEmpty() || !Character.isUpperCase(surface.codePointAt(0)) && m.type() == EntityType.PERSON) {
            return null;
        }
        if (span.start() > 0 && text.charAt(span.start() - 1) == '@') {
            return null;
        }
        int space = surface.indexOf(' ');
        if (m.type() == EntityType.PERSON && space > 0 && knownName(surface.substring(0, space))) {
            // "Github Sam": the model glued a known organization or product to a first name
            span = new TextSpan(span.start() + space + 1, span.end());
            surface = span.coveredText(text);
        }
        if (m.type() == EntityType.ORGANIZATION && (isEvent(ctx, surface, span) || notAnOrganization(surface)
                || TOPIC_BEFORE.matcher(text.substring(Math.max(0, span.start() - 40), span.start())).find())) {
            return null; // "a lightning talk about Codegen Inspection": a topic or title, not a company
        }
        if (m.type() != EntityType.ORGANIZATION && !surface.contains(" ") && isEvent(ctx, surface, span)) {
            return null; // "Rustconf" is neither a person nor a place
        }
        if (m.type() == EntityType.PERSON && insideQuotedTitle(text, span)) {
            return null; // "The Butler and the Snake": characters of a talk title are not people
        }
        if (m.type() == EntityType.PERSON && !notAPerson(text, span, surface)) {
            return null;
        }
        if (span.equals(m.span())) {
            return m;
        }
        return new Mention(span, surface, m.type(), surface, m.category(), m.source(), m.confidence(), m.evidence());
    }

    /** Places people eat, sleep or meet are venues, not organizations (the genre's guidelines exclude them). */
    private static final Pattern VENUE = Pattern.compile("(?i).*\\b(?:bakery|pizzeria|coffee|cafe|café|restaurant|bar|pub|brewery"
            + "|hotel|hostel|inn|library|museum|centre|center|hall|park|stadium|arena|airport|station|southwest|northwest"
            + "|southeast|northeast)\\b.*");

    /**
     * What the model calls an organization but this genre rarely means: an unknown short acronym
     * ("AST", "RPC": technical terms far more often than companies), a single ordinary word
     * ("Organisation"), a venue. Known organizations come from the gazetteer and are not affected.
     */
    private boolean notAnOrganization(String name) {
        if (gazetteer.lookup(name, EntityType.ORGANIZATION).isPresent()) {
            return false;
        }
        boolean acronym = name.length() <= 4 && name.equals(name.toUpperCase(java.util.Locale.ROOT));
        // "Organisation", "Government Department": ordinary words only, a description rather than a name
        boolean words = java.util.Arrays.stream(name.split("\\s+")).allMatch(this.words::isWord);
        return acronym || words || VENUE.matcher(name).matches();
    }

    private static final Pattern TOPIC_BEFORE = Pattern.compile("(?i)\\b(?:talk|talks|talked|talking|keynote|spoke|presentation)\\s+(?:about|on)\\s+$");
    /**
     * Whether a model "person" looks like one: not right after "at" (a venue: "at Clärchens
     * Ballhaus"), not an all-capitals acronym ("OSINT"), not one long ordinary word ("Unconference").
     */
    private boolean notAPerson(String text, TextSpan span, String surface) {
        String before = text.substring(Math.max(0, span.start() - 4), span.start());
        boolean afterAt = before.endsWith("at ");
        boolean acronym = surface.length() >= 3 && surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
        boolean longWord = !surface.contains(" ") && surface.length() >= 8 && words.isWord(surface);
        return !(afterAt || acronym || longWord);
    }

    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"“”\n]{3,200}[\"”]");

    /** Whether the span lies inside a quoted title of three or more words. */
    private static boolean insideQuotedTitle(String text, TextSpan span) {
        int from = Math.max(0, span.start() - 200);
        var m = QUOTED.matcher(text.substring(from, Math.min(text.length(), span.end() + 200)));
        while (m.find()) {
            TextSpan q = new TextSpan(from + m.start(), from + m.end());
            if (q.contains(span) && m.group().split("\\s+").length >= 3) {
                return true;
            }
        }
        return false;
    }

    /** A known organization ("Github" in "Github Sam"); a technology ("Django South") is left to the technology check. */
    private boolean knownName(String word) {
        return gazetteer.lookup(word).stream().anyMatch(e -> !e.ambiguous() && e.type() == EntityType.ORGANIZATION);
    }

    /** "Sam (Frenchie) Stewart": two model person mentions around a nickname are one person, named without it. */
    private static List<Mention> mergeNicknames(TextContext ctx, List<Mention> all) {
        List<Mention> people = all.stream().filter(m -> m.type() == EntityType.PERSON).sorted().toList();
        List<Mention> out = new ArrayList<>(all);
        for (int i = 0; i + 1 < people.size(); i++) {
            Mention a = people.get(i);
            Mention b = people.get(i + 1);
            String between = ctx.text.substring(Math.min(a.span().end(), b.span().start()), b.span().start());
            if (a.span().end() <= b.span().start() && between.matches("\\s*\\([\\p{L}'’ -]{1,20}\\)\\s*")
                    && !a.text().contains(" ") && !b.text().contains(" ")) {
                TextSpan span = new TextSpan(a.span().start(), b.span().end());
                out.remove(a);
                out.remove(b);
                out.add(new Mention(span, span.coveredText(ctx.text), EntityType.PERSON, a.text() + " " + b.text(), null,
                        a.source(), a.confidence(), a.evidence() + "; nickname in brackets dropped"));
            }
        }
        for (Mention a : people) {
            var nick = NICKNAME_SURNAME.matcher(ctx.text.substring(a.span().end(), Math.min(ctx.text.length(), a.span().end() + 40)));
            if (!a.text().contains(" ") && nick.find() && out.contains(a)) { // the list search last: it is linear
                TextSpan span = new TextSpan(a.span().start(), a.span().end() + nick.end());
                if (out.stream().noneMatch(o -> o != a && o.span().overlaps(span))) {
                    out.remove(a);
                    out.add(new Mention(span, span.coveredText(ctx.text), EntityType.PERSON, a.text() + " " + nick.group(1),
                            null, a.source(), a.confidence(), a.evidence() + "; nickname in brackets dropped"));
                }
            }
        }
        return out;
    }

    private static final Pattern NICKNAME_SURNAME = Pattern.compile("^\\s*\\([\\p{L}'’ -]{1,20}\\)\\s*(\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}])");

    /** Conferences and other events are not organizations ("EuroPython", "RubyConf 2018", "the dotGo conference"). */
    private static boolean isEvent(TextContext ctx, String name, TextSpan span) {
        if (EVENT_NAME.matcher(name).matches()) {
            return true;
        }
        String after = ctx.text.substring(span.end(), Math.min(ctx.text.length(), span.end() + 20)).toLowerCase(Locale.ROOT);
        if (after.matches("(?s)^\\s*(\\d{4}|conference|conf\\b|summit|meetup).*")) {
            return true;
        }
        return ctx.events().isEvent(name);
    }

    /**
     * "Google Material Design", "Intel Edison": an organization right before a technology names
     * the vendor's product; the longer name is the technology. The organization alone is not
     * counted for it.
     */
    private static List<Mention> vendorProducts(TextContext ctx, List<Mention> kept) {
        List<Mention> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Mention m = kept.get(i);
            Mention next = i + 1 < kept.size() ? kept.get(i + 1) : null;
            if (next != null && m.type() == EntityType.ORGANIZATION && next.type() == EntityType.TECHNOLOGY
                    && next.source() == MentionSource.GAZETTEER
                    && ctx.text.substring(m.span().end(), next.span().start()).equals(" ")) {
                TextSpan span = new TextSpan(m.span().start(), next.span().end());
                String surface = span.coveredText(ctx.text);
                out.add(new Mention(span, surface, EntityType.TECHNOLOGY, surface, next.category(), next.source(),
                        Math.min(m.confidence(), next.confidence()), "vendor " + m.text() + " before technology " + next.name()));
                i++;
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether the words of {@code outer} outside {@code inner} are lower-case words or short acronyms ("CMS"), not a name part ("Snappy"). */
    private boolean onlyGenericAround(Mention outer, Mention inner) {
        String rest = outer.text().substring(0, inner.span().start() - outer.span().start()) + " "
                + outer.text().substring(inner.span().end() - outer.span().start());
        for (String w : rest.strip().split("\\s+")) {
            boolean acronym = w.length() <= 4 && w.equals(w.toUpperCase(Locale.ROOT));
            boolean lowerWord = w.equals(w.toLowerCase(Locale.ROOT)) && words.isWord(w);
            if (!w.isEmpty() && !acronym && !lowerWord) {
                return false;
            }
        }
        return true;
    }

    /** "Jane Roe from Acme": a one-word model "person" right after a person and "from"/"at" is the affiliation. */
    private static List<Mention> retypeAffiliations(TextContext ctx, List<Mention> kept) {
        List<Mention> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Mention m = kept.get(i);
            Mention prev = i > 0 ? kept.get(i - 1) : null;
            Mention next = i + 1 < kept.size() ? kept.get(i + 1) : null;
            boolean oneWordModelPerson = m.source() == MentionSource.MODEL && m.type() == EntityType.PERSON && !m.text().contains(" ");
            if (prev != null && oneWordModelPerson && prev.type() == EntityType.PERSON
                    && ctx.text.substring(prev.span().end(), m.span().start()).matches("\\s+(?:from|at)\\s+")) {
                out.add(new Mention(m.span(), m.text(), EntityType.ORGANIZATION, m.name(), null, m.source(), 0.6,
                        m.evidence() + "; retyped: affiliation after '" + prev.text() + " from'"));
            } else if (oneWordModelPerson && prev != null && next != null && prev.type() == EntityType.ORGANIZATION
                    && next.type() == EntityType.ORGANIZATION
                    && ctx.text.substring(prev.span().end(), m.span().start()).matches(",\\s+")
                    && ctx.text.substring(m.span().end(), next.span().start()).matches(",?\\s+(?:and|&)\\s+|,\\s+")) {
                // "thanks to Google, Touchlab and Revolut": listed among companies
                out.add(new Mention(m.span(), m.text(), EntityType.ORGANIZATION, m.name(), null, m.source(), 0.6,
                        m.evidence() + "; retyped: listed between " + prev.text() + " and " + next.text()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static final Pattern FROM_ORG = Pattern.compile("^[ \\t]+(?:from|at)[ \\t]+(?:the[ \\t]+)?(\\p{Lu}[\\w&.'’-]*(?:[ \\t]+\\p{Lu}[\\w&'’-]*){0,3})");
    private static final Set<String> NOT_ORGS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "The", "This", "That", "Home", "Work", "Day", "Night", "Lunch", "Dinner", "Breakfast");

    /**
     * "Ilya Kosmodemiansky from Data Egret listed ...": capitalised words right after a person and
     * "from" or "at" that no model, list or rule named are the person's organization, unless they
     * are an event, a known technology, a date or a place the model found.
     */
    private List<Mention> fromAffiliations(TextContext ctx, List<Mention> kept) {
        String text = ctx.text;
        List<Mention> out = new ArrayList<>(kept);
        SpanIndex<Mention> index = SpanIndex.of(kept, Mention::span);
        for (Mention p : kept) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            Matcher m = FROM_ORG.matcher(text.substring(p.span().end(), Math.min(text.length(), p.span().end() + 80)));
            if (!m.find()) {
                continue;
            }
            String org = m.group(1).replaceAll("[.’']+$", "");
            TextSpan span = new TextSpan(p.span().end() + m.start(1), p.span().end() + m.start(1) + org.length());
            if (!index.overlapping(span).isEmpty() || NOT_ORGS.contains(org.split("\\s+")[0]) || isEvent(ctx, org, span)
                    || gazetteer.lookup(org, EntityType.TECHNOLOGY).isPresent() || words.isWord(org.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(new Mention(span, org, EntityType.ORGANIZATION, org, null, MentionSource.RULE, 0.6,
                    "rule: affiliation after '" + p.text() + " " + text.substring(p.span().end(), span.start()).strip() + "'"));
        }
        out.sort(null);
        return out;
    }

    private static final String ORG_WORD = "(?:[\\p{Lu}\\d][\\w&.'’-]*|\\p{Ll}+[\\p{Lu}\\d][\\w&.'’-]*)";
    private static final Pattern AFFILIATION = Pattern.compile("^\\s*,\\s+(" + ORG_WORD + "(?:\\s+(?:" + ORG_WORD + "|of|and|&))*)");

    /**
     * In a speaker line ("Jane Roe, Acme Labs" or "A, Org1 B, Org2" under a panel heading) the
     * capitalised words after a person's comma name the person's organization, whether or not a
     * model or gazetteer knows it.
     */
    private List<Mention> speakerLineAffiliations(TextContext ctx, List<Mention> kept) {
        String text = ctx.text;
        List<Mention> out = new ArrayList<>(kept);
        for (int i = 0; i < kept.size(); i++) {
            Mention p = kept.get(i);
            if (p.type() != EntityType.PERSON || !speakerLine(ctx, p)) {
                continue;
            }
            int lineEnd = text.indexOf('\n', p.span().end());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int limit = lineEnd;
            for (int j = i + 1; j < kept.size() && kept.get(j).span().start() < lineEnd; j++) {
                Mention next = kept.get(j);
                // a one-word "person" right after the comma is the affiliation the model mistook ("Max Roe, Slack")
                boolean rightAfterComma = next.span().start() >= p.span().end()
                        && text.substring(p.span().end(), next.span().start()).matches("\\s*,\\s*") && !next.text().contains(" ");
                if (next.type() == EntityType.PERSON && next.span().start() > p.span().end() && next.span().start() < limit
                        && !rightAfterComma) {
                    limit = next.span().start();
                }
            }
            var m = AFFILIATION.matcher(text.substring(p.span().end(), limit));
            if (!m.find()) {
                continue;
            }
            String org = m.group(1).replaceAll("\\s+(?:of|and|&|the)$", "");
            TextSpan span = new TextSpan(p.span().end() + m.start(1), p.span().end() + m.start(1) + org.length());
            if (org.split("\\s+").length > 5) {
                continue;
            }
            List<Mention> inside = out.stream().filter(o -> o.span().overlaps(span)).toList();
            var known = gazetteer.lookup(org, EntityType.ORGANIZATION);
            boolean onlyWeak = inside.stream().allMatch(o -> (o.source() == MentionSource.MODEL
                    || o.source() == MentionSource.RULE && o.type() == EntityType.TECHNOLOGY
                    || known.isPresent() && o.span().equals(span)) && span.contains(o.span()));
            if (onlyWeak) {
                out.removeAll(inside);
                out.add(new Mention(span, org, EntityType.ORGANIZATION, known.map(GazetteerEntry::name).orElse(org), null,
                        MentionSource.RULE, 0.65, "rule: affiliation after '" + p.text() + ",' in a speaker line"));
            }
        }
        out.sort(null);
        return out;
    }

    /** A short line without sentence punctuation that starts with a person: "Jane Roe, Acme". */
    private static boolean speakerLine(TextContext ctx, Mention p) {
        String text = ctx.text;
        int a = text.lastIndexOf('\n', Math.max(0, p.span().start() - 1)) + 1;
        int b = text.indexOf('\n', p.span().end());
        String line = text.substring(a, b < 0 ? text.length() : b);
        String before = text.substring(a, p.span().start());
        return line.length() <= 200 && !line.matches(".*[.!?:;](\\s|$).*")
                && (before.isBlank() || before.matches(".*,\\s+[\\p{Lu}\\d][^,]*\\s$"));
    }

    /** A model organization or person span that contains a known technology and names no known organization is a technology. */
    private List<Mention> retypeWrappedTechnologies(TextContext ctx, List<Mention> all) {
        List<Mention> out = new ArrayList<>(all.size());
        dev.talkmine.doc.SpanIndex<Mention> known = dev.talkmine.doc.SpanIndex.of(all.stream()
                .filter(o -> o.type() == EntityType.TECHNOLOGY && o.source() == MentionSource.GAZETTEER && o.confidence() >= 0.8)
                .toList(), Mention::span);
        for (Mention m : all) {
            if (m.source() == MentionSource.MODEL && m.type() != EntityType.LOCATION
                    && gazetteer.lookup(m.text(), EntityType.ORGANIZATION).isEmpty()) {
                List<Mention> inside = known.within(m.span());
                Mention tech = inside.isEmpty() ? null : inside.get(0);
                if (tech != null && !tech.span().equals(m.span()) && onlyGenericAround(m, tech)) {
                    out.add(tech); // "a popular CMS Plone": the model's extra words describe, the name is Plone
                    continue;
                }
                if (tech != null) {
                    String name = tech.span().equals(m.span()) ? tech.name() : m.text();
                    out.add(new Mention(m.span(), m.text(), EntityType.TECHNOLOGY, name, tech.category(),
                            MentionSource.MODEL, 0.7, "model span around technology " + tech.name()));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }
}

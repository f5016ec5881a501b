package dev.talkmine.segment;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Shape;
import dev.talkmine.doc.ShapeToken.Type;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Features;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the talk-start classifier knows about each unit of one report before any decision: its
 * kind, shape and cue words, the unit after it, its list's and its template's make-up (how the
 * report's other units of the same kind and level look). Built once per report.
 */
final class UnitFeatures {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** How far into a unit its cues are read: a talk is introduced in its first words. */
    private static final int LEAD_CHARS = 220;
    private static final int LEAD_TOKENS = 4;

    private final List<List<String>> features = new ArrayList<>();
    private final List<Set<String>> people = new ArrayList<>();

    private UnitFeatures() {
    }

    /** The features of every unit of {@code report}, which has the structure layer. */
    static UnitFeatures of(Report report, UnitCues cues) {
        UnitFeatures out = new UnitFeatures();
        String text = report.text();
        List<Unit> units = report.units();
        SpanIndex<Mention> persons = SpanIndex.of(report.resolvedMentions().stream()
                .filter(m -> m.type() == EntityType.PERSON).toList(), Mention::span);
        Template template = Template.of(units);
        Set<String> titleWords = units.stream().filter(x -> x.kind() == Block.Kind.TITLE).findFirst()
                .map(x -> words(x.span().coveredText(text))).orElse(Set.of());
        String reportYear = reportYear(text, cues);
        Set<String> seen = new HashSet<>();
        List<List<String>> own = new ArrayList<>();
        for (Unit u : units) {
            Set<String> names = new HashSet<>();
            for (Mention p : persons.within(u.span())) {
                names.add(p.name());
            }
            Features f = new Features();
            cues(f, text, u, cues, reportYear);
            f.addIf(!names.isEmpty() && !seen.containsAll(names), "newPersonInReport");
            // a page's heading that repeats the page's title names the report, not a talk
            f.addIf(u.kind() == Block.Kind.HEADING && repeats(words(u.content().coveredText(text)), titleWords), "repeatsTitle");
            seen.addAll(names);
            out.people.add(names);
            own.add(f.names());
        }
        for (Unit u : units) {
            Features f = new Features();
            own.get(u.index()).forEach(f::add);
            // where a unit is and what surrounds it mean different things for each kind of unit
            f.add("k", kind(u));
            context(f, units, own, u);
            template.features(f, u);
            if (u.kind() == Block.Kind.LIST_ITEM) {
                ListStats.of(units, u, own).features(f);
            }
            f.and(coarse(u));
            out.features.add(f.names().stream().filter(n -> n.contains("&") || own.get(u.index()).contains(n)).toList());
        }
        return out;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean repeats(Set<String> heading, Set<String> title) {
        return heading.size() >= 2 && title.containsAll(heading);
    }

    /** The static features of unit {@code i}. */
    List<String> at(int i) {
        return features.get(i);
    }

    /**
     * The features of unit {@code i} given the decision on the unit before it: its own, and the
     * previous decision alone and paired with the unit's kind, its start and its neighbour.
     */
    String[] array(int i, String previous) {
        List<String> own = features.get(i);
        List<String> out = new ArrayList<>(own.size() + 8);
        out.add("bias");
        out.add("prev=" + previous);
        for (String g : own) {
            out.add(g);
            if (g.contains("&k=") || g.startsWith("H&s1=") || g.startsWith("I&s1=") || g.startsWith("P&s1=")
                    || g.startsWith("H&pair=") || g.startsWith("I&pair=") || g.startsWith("P&pair=") || g.equals("H&personAtEdge")
                    || g.endsWith("&leadPerson") || g.endsWith("&leadPersonVerb") || g.endsWith("&newPersonInReport")) {
                out.add("prev=" + previous + "&" + g);
            }
        }
        return out.toArray(String[]::new);
    }

    /** The people a unit names (canonical names). */
    Set<String> people(int i) {
        return people.get(i);
    }

    /** Kind with level: "heading:2", "item:1", "para", "row". */
    static String kind(Unit u) {
        return switch (u.kind()) {
            case HEADING -> "heading";
            case LIST_ITEM -> "item:" + Math.min(u.level(), 3) + (u.firstOfBlock() ? "" : ":s");
            case PARAGRAPH -> u.firstOfBlock() ? "para" : "para:s";
            case TITLE -> "title";
            case CODE -> "code";
            case OTHER -> "row";
        };
    }

    /** Kind without level, for conjunctions. */
    static String coarse(Unit u) {
        return switch (u.kind()) {
            case HEADING -> "H";
            case LIST_ITEM -> u.firstOfBlock() ? "I" : "Is";
            case PARAGRAPH -> u.firstOfBlock() ? "P" : "Ps";
            case TITLE -> "T";
            case CODE -> "C";
            case OTHER -> "R";
        };
    }

    private static void cues(Features f, String text, Unit u, UnitCues cues, String reportYear) {
        Shape shape = u.shape();
        TextSpan c = u.content();
        String lead = text.substring(c.start(), Math.min(c.end(), c.start() + LEAD_CHARS));
        f.add("s1", shape.signature(1)).add("s2", shape.signature(2)).add("s3", shape.signature(3));
        if (u.kind() == Block.Kind.LIST_ITEM && u.firstOfBlock()) {
            String marker = text.substring(u.span().start(), c.start());
            f.add(marker.chars().anyMatch(Character::isDigit) ? "numbered" : "bulleted");
        }
        for (Type t : List.of(Type.PERSON, Type.ORG, Type.QUOTED, Type.TIME, Type.DATE, Type.KIND, Type.HANDLE, Type.BY,
                Type.DASH, Type.COLON)) {
            f.addIf(shape.has(t), "has:" + t.id());
        }
        bigrams(f, shape);
        int person = shape.indexOf(Type.PERSON);
        f.addIf(person >= 0 && person < LEAD_TOKENS && noEndBefore(shape, person), "leadPerson");
        if (person >= 0) {
            Type before = shape.typeAt(person - 1);
            Type after = shape.typeAt(person + 1);
            f.add("beforePerson", before == null ? "start" : before.id());
            f.add("afterPerson", after == null ? "end" : after.id());
            int personEnd = shape.tokens().get(person).span().end();
            String rest = text.substring(personEnd, Math.min(c.end(), personEnd + 100));
            Matcher verb = cues.talkVerb.matcher(rest);
            f.addIf(person < LEAD_TOKENS && verb.find() && !rest.substring(0, verb.start()).contains("."), "leadPersonVerb");
            f.addIf(after == Type.POSS && cues.sessionNoun.matcher(rest.substring(0, Math.min(rest.length(), 40))).find(),
                    "possessiveSession");
        }
        f.addIf(byPersonAfterSession(shape, text, cues), "sessionByPerson");
        f.addIf(cues.talkVerb.matcher(lead).find(), "talkVerb");
        f.addIf(cues.sessionNoun.matcher(lead).find(), "sessionNoun");
        f.addIf(cues.openingSession.matcher(lead).find(), "openingSession");
        f.addIf(cues.openedWith.matcher(lead).find(), "openedWith");
        f.addIf(cues.inThisSession.matcher(lead).find(), "inThisSession");
        f.addIf(cues.nextWas.matcher(lead).find(), "nextWas");
        f.addIf(cues.skipped.matcher(lead).find(), "skipped");
        f.addIf(cues.firstPerson.matcher(lead).find(), "firstPerson");
        f.addIf(cues.quotedTitle.matcher(lead).find(), "quotedTitle");
        f.addIf(cues.otherEvent.matcher(lead).find(), "otherEvent");
        Matcher y = cues.year.matcher(lead);
        f.addIf(reportYear != null && y.find() && !y.group().equals(reportYear), "otherYear");
        Matcher nt = cues.nonTalk.matcher(lead);
        int topics = 0;
        while (nt.find() && topics < 3) {
            f.add("topic", nt.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            topics++;
        }
        for (String kind : List.of("keynote", "lightning", "panel", "workshop", "tutorial", "other")) {
            f.addIf(cues.lexicon.pattern("kind-" + kind).matcher(lead).find(), "kindWord:" + kind);
        }
        words(f, text, u, cues);
    }

    /** Length, case and structure-word make-up of the unit's text. */
    private static void words(Features f, String text, Unit u, UnitCues cues) {
        String s = u.content().coveredText(text).strip();
        String[] words = s.isEmpty() ? new String[0] : s.split("\\s+");
        f.add("words", Features.bucket(words.length));
        f.add("titleCase", Features.share(titleWords(words, cues), words.length));
        f.addIf(s.endsWith(":"), "endsColon");
        f.addIf(s.endsWith("."), "endsPeriod");
        f.addIf(!s.isEmpty() && Character.isLowerCase(s.codePointAt(0)), "startsLower");
        int structural = 0;
        Matcher m = cues.structureWord.matcher(s);
        while (m.find()) {
            structural++;
        }
        Matcher t = cues.timeWord.matcher(s);
        while (t.find()) {
            structural++;
        }
        if (words.length <= 6) {
            f.add("structureShare", Features.share(structural, words.length));
        }
    }

    /** Pairs of neighbouring elements anywhere in the first ones ("by person", "person dash"), and the last element. */
    private static void bigrams(Features f, Shape shape) {
        int n = Math.min(shape.size(), 12);
        for (int i = 0; i + 1 < n; i++) {
            Type a = shape.typeAt(i);
            Type b = shape.typeAt(i + 1);
            if (a == Type.PERSON || b == Type.PERSON || a == Type.QUOTED || b == Type.QUOTED || a == Type.KIND || b == Type.KIND) {
                f.add("bi", a.id() + "_" + b.id());
            }
        }
        if (shape.size() > 0 && shape.size() <= 12) {
            Type last = shape.typeAt(shape.size() - 1) == Type.END && shape.size() > 1 ? shape.typeAt(shape.size() - 2)
                    : shape.typeAt(shape.size() - 1);
            f.add("lastEl", last.id());
        }
    }

    /** Words that are capitalised or small words of a title ("of", "the"): how much a line reads as a title. */
    static int titleWords(String[] words, UnitCues cues) {
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
                    || cues.lexicon.contains("title-small-words", w.toLowerCase(Locale.ROOT)))) {
                n++;
            }
        }
        return n;
    }

    private static boolean noEndBefore(Shape shape, int i) {
        for (int k = 0; k < i; k++) {
            if (shape.typeAt(k) == Type.END) {
                return false;
            }
        }
        return true;
    }

    /** "a keynote by X", "the talk from X": a session noun, later "by/with/from" right before a person. */
    private static boolean byPersonAfterSession(Shape shape, String text, UnitCues cues) {
        for (int i = 1; i < shape.size(); i++) {
            Type t = shape.typeAt(i - 1);
            if (shape.typeAt(i) == Type.PERSON && (t == Type.BY || t == Type.WITH || t == Type.FROM)) {
                int upTo = shape.tokens().get(i - 1).span().start();
                int from = shape.tokens().get(0).span().start();
                if (cues.sessionNoun.matcher(text.substring(from, upTo)).find() || t == Type.BY) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The unit after: what a heading or an item is followed by tells what it is. */
    private static void context(Features f, List<Unit> units, List<List<String>> own, Unit u) {
        int i = u.index();
        Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
        if (next == null) {
            f.add("next=none");
            return;
        }
        String relation = relation(u, next);
        f.add("next", kind(next)).add("nextRel", relation);
        f.add("next&k", coarse(u) + ">" + coarse(next));
        if (u.kind() == Block.Kind.HEADING || u.kind() == Block.Kind.LIST_ITEM) {
            for (String g : own.get(i + 1)) {
                if (isCue(g)) {
                    f.add("n:" + coarse(u) + ":" + g);
                }
            }
        }
        if (u.kind() == Block.Kind.HEADING) {
            section(f, units, own, i);
        } else {
            above(f, units, own, i);
        }
        Unit prev = i > 0 ? units.get(i - 1) : null;
        f.add("prevKind", prev == null ? "none" : coarse(prev));
        // a person-only heading under a title heading is its speaker line; under a date heading, a talk
        f.add("pair", (prev == null ? "none" : coarse(prev) + ":" + prev.shape().signature(1)) + ">" + u.shape().signature(1));
        f.add("pairNext", u.shape().signature(1) + ">" + coarse(next) + ":" + next.shape().signature(1));
    }

    /** What the heading above a unit says: "Lightning talks" over a list of talks, "Reading list" over books. */
    private static void above(Features f, List<Unit> units, List<List<String>> own, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (units.get(j).kind() == Block.Kind.HEADING) {
                for (String g : own.get(j)) {
                    if (g.startsWith("kindWord") || g.startsWith("topic=") || g.startsWith("structureShare") || g.equals("sessionNoun")
                            || g.equals("has:person") || g.equals("has:date")) {
                        f.add("above:" + g);
                    }
                }
                f.add("above:distance", Features.bucket(i - j));
                return;
            }
        }
        f.add("above:none");
    }

    /** What the text under a heading (up to the next heading) is like: a talk's section names a speaker and talks. */
    private static void section(Features f, List<Unit> units, List<List<String>> own, int heading) {
        int n = 0;
        int persons = 0;
        int verbs = 0;
        int topics = 0;
        int items = 0;
        int firstPerson = 0;
        int titled = 0;
        for (int j = heading + 1; j < units.size() && units.get(j).kind() != Block.Kind.HEADING; j++) {
            List<String> g = own.get(j);
            n++;
            persons += g.contains("newPersonInReport") ? 1 : 0;
            verbs += g.contains("talkVerb") || g.contains("sessionNoun") ? 1 : 0;
            topics += g.stream().anyMatch(x -> x.startsWith("topic=")) ? 1 : 0;
            items += units.get(j).kind() == Block.Kind.LIST_ITEM && units.get(j).firstOfBlock() ? 1 : 0;
            firstPerson += g.contains("firstPerson") ? 1 : 0;
            titled += units.get(j).kind() == Block.Kind.LIST_ITEM && units.get(j).firstOfBlock() && !g.contains("endsPeriod")
                    && (g.contains("titleCase=all") || g.contains("titleCase=most")) ? 1 : 0;
        }
        f.add("sec:units", Features.bucket(n));
        f.add("sec:newPeople", Features.bucket(persons));
        f.add("sec:talky", Features.share(verbs, n));
        f.add("sec:topics", Features.bucket(topics));
        f.add("sec:items", Features.bucket(items));
        f.add("sec:firstPerson", Features.share(firstPerson, n));
        f.add("sec:titledItems", Features.share(titled, items));
    }

    private static String relation(Unit u, Unit next) {
        if (next.kind() == Block.Kind.HEADING && u.kind() == Block.Kind.HEADING) {
            return next.level() <= u.level() ? "sameOrHigherHeading" : "subHeading";
        }
        if (next.kind() == Block.Kind.LIST_ITEM && u.kind() == Block.Kind.LIST_ITEM) {
            return next.level() > u.level() ? "childItem" : next.level() == u.level() ? "siblingItem" : "parentItem";
        }
        return next.block() == u.block() ? "sameBlock" : "other";
    }

    /** Features worth seeing from a neighbour: cues, not shape details. */
    private static boolean isCue(String f) {
        return f.startsWith("lead") || f.startsWith("has:person") || f.equals("talkVerb") || f.equals("sessionNoun")
                || f.startsWith("possessive") || f.startsWith("sessionBy") || f.startsWith("s1=") || f.startsWith("kindWord")
                || f.equals("inThisSession") || f.equals("firstPerson") || f.startsWith("topic");
    }

    private static String reportYear(String text, UnitCues cues) {
        Matcher y = cues.year.matcher(text.substring(0, Math.min(text.length(), 300)));
        return y.find() ? y.group() : null;
    }

    /**
     * The report's own template: for each kind and level, how many units there are and how many
     * of them name a person, open with a title, carry a separator, so that "every h3 is PERSON –
     * TITLE" is visible from any h3.
     */
    private record Template(Map<String, Stats> byKind, Map<String, Integer> signatures) {
        static Template of(List<Unit> units) {
            Map<String, Stats> byKind = new HashMap<>();
            Map<String, Integer> signatures = new HashMap<>();
            for (Unit u : units) {
                if (!u.firstOfBlock()) {
                    continue;
                }
                byKind.computeIfAbsent(kind(u), k -> new Stats()).add(u.shape());
                signatures.merge(kind(u) + "|" + u.shape().signature(3), 1, Integer::sum);
            }
            return new Template(byKind, signatures);
        }

        void features(Features f, Unit u) {
            if (!u.firstOfBlock()) {
                return;
            }
            Stats s = byKind.get(kind(u));
            String k = coarse(u);
            f.add("tmpl:" + k + ":n", Features.bucket(s.n));
            f.add("tmpl:" + k + ":person", Features.share(s.person, s.n));
            f.add("tmpl:" + k + ":titleStart", Features.share(s.titleStart, s.n));
            f.add("tmpl:" + k + ":separator", Features.share(s.separator, s.n));
            f.add("tmpl:" + k + ":personAtEdge", Features.share(s.edge, s.n));
            f.addIf(personAtEdge(u.shape()), "personAtEdge");
            f.add("tmpl:" + k + ":same", Features.bucket(signatures.getOrDefault(kind(u) + "|" + u.shape().signature(3), 0)));
        }
    }

    /** "Title by Name", "Name – Title", "Title – Name": a person right after or before the line's separator. */
    static boolean personAtEdge(Shape s) {
        for (int i = 0; i < Math.min(s.size(), 12); i++) {
            if (s.typeAt(i) != Type.PERSON) {
                continue;
            }
            Type before = s.typeAt(i - 1);
            Type after = s.typeAt(i + 1);
            if (before == null || before == Type.BY || before == Type.DASH || before == Type.COLON || before == Type.TIME
                    || after == Type.DASH || after == Type.COLON || after == Type.OPEN && i == 0 || after == null) {
                return true;
            }
        }
        return false;
    }

    private static final class Stats {
        int n;
        int person;
        int titleStart;
        int separator;
        int edge;

        void add(Shape shape) {
            edge += personAtEdge(shape) ? 1 : 0;
            n++;
            person += shape.has(Type.PERSON) ? 1 : 0;
            Type first = shape.typeAt(0) == Type.TIME ? shape.typeAt(2) : shape.typeAt(0);
            titleStart += first == Type.TITLE || first == Type.QUOTED ? 1 : 0;
            separator += shape.has(Type.DASH) || shape.has(Type.COLON) || shape.has(Type.BY) ? 1 : 0;
        }
    }

    /** The make-up of the list an item is in: a list of talks looks different from a list of notes. */
    private record ListStats(int items, int person, int separator, int titleStart, int verbs, int position, int byPerson,
                             int titled, int periods) {
        static ListStats of(List<Unit> units, Unit item, List<List<String>> own) {
            int start = item.index();
            while (start > 0 && units.get(start - 1).kind() == Block.Kind.LIST_ITEM) {
                start--;
            }
            int n = 0;
            int person = 0;
            int sep = 0;
            int title = 0;
            int verbs = 0;
            int position = 0;
            int byPerson = 0;
            int titled = 0;
            int periods = 0;
            for (int j = start; j < units.size() && units.get(j).kind() == Block.Kind.LIST_ITEM; j++) {
                Unit v = units.get(j);
                if (v.level() != item.level() || !v.firstOfBlock()) {
                    continue;
                }
                n++;
                position += j < item.index() ? 1 : 0;
                Shape s = v.shape();
                person += s.has(Type.PERSON) ? 1 : 0;
                sep += s.has(Type.DASH) || s.has(Type.COLON) || s.has(Type.BY) ? 1 : 0;
                title += s.typeAt(0) == Type.TITLE || s.typeAt(0) == Type.QUOTED ? 1 : 0;
                verbs += own.get(j).contains("talkVerb") ? 1 : 0;
                byPerson += personAtEdge(s) ? 1 : 0;
                titled += own.get(j).contains("titleCase=all") || own.get(j).contains("titleCase=most") ? 1 : 0;
                periods += own.get(j).contains("endsPeriod") ? 1 : 0;
            }
            return new ListStats(n, person, sep, title, verbs, position, byPerson, titled, periods);
        }

        void features(Features f) {
            f.add("list:n", Features.bucket(items));
            f.add("list:person", Features.share(person, items));
            f.add("list:separator", Features.share(separator, items));
            f.add("list:titleStart", Features.share(titleStart, items));
            f.add("list:verbs", Features.share(verbs, items));
            f.add("list:personAtEdge", Features.share(byPerson, items));
            f.add("list:titled", Features.share(titled, items));
            f.add("list:periods", Features.share(periods, items));
            f.addIf(position == 0, "list:first");
        }
    }
}

package dev.talkmine.entity;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Technology mentions written where the text means the company behind the name: after a person and
 * "from" or "at" ("Ana Ruiz from npm"), before "'s" and a person ("Initech's Jane Roe") unless a
 * gazetteer lists the name as a product (then "CouchDB's Jane Roe" is as likely the project's), after
 * "sponsored by" or another of the lexicon's {@code company-verbs} ("a dinner sponsored by Fastly",
 * "organised by Project Quill"), before "for sponsoring" ("thanks to GitLab for sponsoring the
 * coffee"), or before a verb and "their" ("how Zorbix designed their headset", "Initech are
 * building their"): software does not act as a body. The annotation guidelines list a name used in both senses under both
 * types, so only such a mention becomes an organization mention; the name's other mentions keep
 * their type. The mention decision often reads these as technologies because a gazetteer lists the
 * product ("npm", "DigitalOcean"), and the candidate rules that see the affiliation are only one of
 * its cues; here the construction decides alone, after every learner, so no model's training
 * changes. Immutable.
 */
final class CompanySense {
    /** Between a person and the company: " from ", " at ", " at the ". */
    private static final Pattern FROM = Pattern.compile("[ \\t]+(?:from|at)[ \\t]+(?:the[ \\t]+)?");
    /** Between the company and a person: "'s ". */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s[ \\t]+");
    /** After the company: " for sponsoring". */
    private static final Pattern FOR_SPONSORING = Pattern.compile("^[ \\t]+for[ \\t]+sponsoring(?![\\p{L}])");
    /** After the company: a verb in the past or the present and "their" ("designed their", "are building their"). */
    private static final Pattern BEFORE_THEIR =
            Pattern.compile("^[ \\t]+(?:\\p{Ll}+ed|\\p{Ll}+s|are[ \\t]+\\p{Ll}+ing)[ \\t]+their(?![\\p{L}])");
    /** How far back "sponsored by" is looked for. */
    private static final int SPONSOR_WINDOW = 20;
    /** How far before the company its person may end (" from the " and a spare space). */
    private static final int FROM_WINDOW = 11;
    /** How far after the company its person may start ("'s" and up to two spaces). */
    private static final int POSSESSIVE_WINDOW = 4;

    /** Before the company, up to where it starts: "sponsored by ", "organised by ". */
    private final Pattern by;

    CompanySense(Lexicon lexicon) {
        this.by = Pattern.compile( // per call on purpose: built from the lexicon's company verbs, once per stage
                "(?<![\\p{L}])(?i:" + lexicon.alternation("company-verbs") + ")[ \\t]+by[ \\t]+$");
    }

    /**
     * The mentions, each technology mention that one of the constructions names as a company made an
     * organization mention, with its reason added to {@code reasons}.
     */
    List<Mention> retyped(String text, List<Mention> mentions, Map<Mention, String> reasons) {
        Set<Integer> personEnds = new HashSet<>();
        Set<Integer> personStarts = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                personEnds.add(m.span().end());
                personStarts.add(m.span().start());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String why = m.type() == EntityType.TECHNOLOGY ? construction(text, m, personEnds, personStarts) : null;
            if (why == null) {
                out.add(m);
                continue;
            }
            out.add(asCompany(m, why, reasons));
        }
        return out;
    }

    /**
     * Puts a company on {@code name} in {@code out}, for the construction {@code why}: {@code added} where
     * no mention overlaps it (nothing when null) or in place of the one organization mention inside
     * it, or the one mention of exactly that span as an organization mention ({@link #asCompany}) when
     * {@code retypable} accepts it; any other mention there stays as it is. Whether it added {@code
     * added}. Shared by {@link JobTitles} and {@link CompanyCues}.
     */
    static boolean place(List<Mention> out, TextSpan name, Mention added, Predicate<Mention> retypable, String why,
                         Map<Mention, String> reasons) {
        List<Integer> over = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).span().overlaps(name)) {
                over.add(i);
            }
        }
        if (over.isEmpty()) {
            if (added != null) {
                out.add(added);
            }
            return added != null;
        }
        Mention m = out.get(over.get(0));
        if (over.size() == 1 && m.span().equals(name) && retypable.test(m)) {
            out.set(over.get(0), asCompany(m, why, reasons));
        } else if (over.size() == 1 && added != null && m.type() == EntityType.ORGANIZATION && name.contains(m.span())
                && !m.span().equals(name)) {
            out.set(over.get(0), added); // "Initech A" of "Initech A/S, a software consultancy": the name is the longer
        }
        return false;
    }

    /**
     * The technology mention as an organization mention, with the construction {@code why} that names
     * it a company among its reasons.
     */
    static Mention asCompany(Mention m, String why, Map<Mention, String> reasons) {
        String reason = m.name() + ": a company where the text writes it " + why + ", not a technology there";
        return EntityStage.asType(m, EntityType.ORGANIZATION, m.name(), reason, reasons);
    }

    /** Which construction names the mention as a company, or null. */
    private String construction(String text, Mention m, Set<Integer> personEnds, Set<Integer> personStarts) {
        int start = m.span().start();
        int end = m.span().end();
        for (int i = start - 1; i >= 0 && start - i <= FROM_WINDOW && text.charAt(i) != '\n'; i--) {
            if (personEnds.contains(i) && FROM.matcher(text).region(i, start).matches()) {
                return "after a person and 'from' or 'at'";
            }
        }
        for (int i = end + 1; m.source() != MentionSource.GAZETTEER && i <= text.length() && i - end <= POSSESSIVE_WINDOW; i++) {
            if (personStarts.contains(i) && POSSESSIVE.matcher(text).region(end, i).matches()) {
                return "before \"'s\" and a person";
            }
        }
        Matcher by = this.by.matcher(text).region(Math.max(0, start - SPONSOR_WINDOW), start);
        if (by.find()) {
            return "after '" + by.group().strip() + "'";
        }
        if (FOR_SPONSORING.matcher(text).region(end, text.length()).find()) {
            return "before 'for sponsoring'";
        }
        if (BEFORE_THEIR.matcher(text).region(end, text.length()).find()) {
            return "before a verb and 'their'";
        }
        return null;
    }
}

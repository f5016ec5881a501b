package dev.talkmine.talk;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.segment.Cues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Speakers and their stated organizations, from where reports name them in a talk's lead: the
 * subject of a talk verb ("X and Y presented"), after "by"/"with" ("keynote by X"), a possessive
 * ("X's keynote"), "next was X", and speaker lines under a heading ("X, Acme"). People merely
 * mentioned are not speakers. Organizations count only as stated: "X from Acme", "X (Acme)",
 * "X, Acme", "Acme's X", "Red Hatter X", "an Acme developer X"; not "former Acme".
 */
final class SpeakerFinder {
    private static final String VERB = "(?:gave|gives|presented|presents|presenting|talked|talks|talking|spoke|speaks|speaking"
            + "|discussed|discusses|showed|shows|show|explained|explains|introduced|demoed|demonstrated|delivered|walked|took us"
            + "|kicked off|opened|closed|did|held|hosted|led|ran|went through|told|covered|described|was next|is next"
            + "|continued|followed|returned|started|shared)";
    private static final Pattern SUBJECT_GAP = Pattern.compile("^(?:'s|’s)?\\s*(?:\\(@?[^)]{0,40}\\))?\\s*(?:,[^,.;]{0,80},)?\\s*"
            + "(?:(?:from|of|at)\\s+(?:the\\s+)?\\p{Lu}[\\w&.-]*(?:\\s+\\p{Lu}[\\w&.-]*){0,3}\\s+)?"
            + "(?:(?:also|then|first|finally|later|briefly|really|again)\\s+)?" + VERB + "\\b"
            // a long apposition ("X, a core developer of Y and ..., presented") only before the strongest verbs
            + "|^\\s*,[^.;]{0,160}?\\s(?:gave|presented|talked|spoke|delivered)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)(?:\\bby|\\bwith|\\bfrom|\\bnext was|\\bwas next with)\\s+"
            + "(?:[^.,;]{0,60}?,\\s+|(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}|[\\p{L}\\d.+#-]+(?:'s|’s)\\s+)?$");
    /** "Speaker: ", "Speakers - ": the label of a line naming the speakers. */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("(?i)\\s*(?:speakers?|presenters?|presented by|hosts?|hosted by"
            + "|panelists?|panellists?|moderator)\\s*[:–—-]\\s*");
    /** "Speakers: Roman Elizarov and ": the label, then names joined by commas or "and". */
    private static final Pattern CONNECTOR_LIST = Pattern.compile("(?i)\\s*speakers?\\s*[:–—-]\\s*(?:[\\p{L}'’. -]+?(?:\\([^)]*\\))?"
            + "\\s*(?:,|\\band\\b|&)\\s*)+");
    /** "Posted by Jo Ellis": a blog byline, not a speaker. */
    private static final Pattern BYLINE = Pattern.compile("(?i)\\b(?:posted|written|published|authored|edited|updated"
            + "|reviewed|translated|photos?|pictures?|images?|illustrations?)\\s+by\\s+$");
    /** "The speaker, Jane Roe, has ...": a speaker named anywhere in the passage. */
    private static final Pattern THE_SPEAKER = Pattern.compile("(?i)\\b(?:the|our) (?:speaker|presenter|lecturer),?\\s+$");
    /** "the head of Acme API clients talks about": an unnamed speaker's organization. */
    private static final Pattern ROLE_OF = Pattern.compile("(?i)\\b(?:head|lead|leader|manager|director|ceo|cto|vp|founder"
            + "|co-founder|engineers?|developers?|folks|people|team)\\s+(?:of|at|from)\\s+(?:the\\s+)?$");
    private static final Pattern POSSESSIVE_SESSION = Pattern.compile("^(?:'s|’s)\\s+(?:[\\w\"“”-]+\\s+){0,4}?"
            + "(?:talk|keynote|presentation|session|workshop|lecture|tutorial|lightning talk)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONNECTOR = Pattern.compile("^\\s*(?:\\([^)]*\\))?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)$");
    private static final Pattern NOT_AFFILIATION = Pattern.compile("(?i)\\b(?:former|ex-|formerly|previously|contributor|creator|"
            + "core developer|core dev|maintainer|author|co-creator|member)\\b[^,.;]*$");

    private SpeakerFinder() {
    }

    record Found(List<Speaker> speakers, List<String> organizations, List<String> evidence) {
    }

    static Found find(Passage p) {
        TextSpan lead = p.lead();
        if (p.heading() != null) {
            lead = new TextSpan(p.heading().span().start(), Math.max(p.lead().end(), p.heading().span().end()));
        }
        String text = p.text();
        List<Mention> people = p.people(lead);
        List<Mention> named = new ArrayList<>();
        for (Mention m : p.people(p.segment().span())) {
            if (THE_SPEAKER.matcher(text.substring(Math.max(p.segment().span().start(), m.span().start() - 40), m.span().start())).find()) {
                named.add(m);
            }
        }
        Map<String, Mention> speakers = new LinkedHashMap<>();
        List<String> evidence = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Mention m = people.get(i);
            String why = why(p, lead, people, i);
            if (why != null && !speakers.containsKey(m.name())) {
                speakers.put(m.name(), m);
                evidence.add("speaker " + m.name() + ": " + why);
            }
        }
        for (Mention m : named) {
            if (!speakers.containsKey(m.name())) {
                speakers.put(m.name(), m);
                evidence.add("speaker " + m.name() + ": 'the speaker, " + m.text() + "'");
            }
        }
        // coordinated names share their neighbour's role ("X and Y presented", "by X, Y and Z")
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < people.size(); i++) {
                Mention m = people.get(i);
                if (speakers.containsKey(m.name())) {
                    continue;
                }
                for (int j : new int[] {i - 1, i + 1}) {
                    if (j >= 0 && j < people.size() && speakers.containsKey(people.get(j).name())) {
                        Mention a = people.get(Math.min(i, j));
                        Mention b = people.get(Math.max(i, j));
                        String between = text.substring(a.span().end(), b.span().start());
                        if (CONNECTOR.matcher(between).matches()) {
                            speakers.put(m.name(), m);
                            evidence.add("speaker " + m.name() + ": listed with " + people.get(j).name());
                            grew = true;
                            break;
                        }
                    }
                }
            }
        }
        List<Speaker> out = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        List<Mention> all = new ArrayList<>(people);
        named.stream().filter(m -> !people.contains(m)).forEach(all::add);
        for (Mention m : all) {
            if (speakers.containsKey(m.name()) && used.add(m.name())) {
                List<String> orgs = organizationsOf(p, lead, m, evidence);
                out.add(new Speaker(m.name(), orgs));
            }
        }
        List<String> talkOrgs = talkOrganizations(p, lead, out, evidence);
        return new Found(out, talkOrgs, evidence);
    }

    /** Why person i of the lead is a speaker, or null. */
    private static String why(Passage p, TextSpan lead, List<Mention> people, int i) {
        String text = p.text();
        Mention m = people.get(i);
        String after = text.substring(m.span().end(), Math.min(lead.end(), m.span().end() + 200));
        String before = text.substring(lead.start(), m.span().start());
        if (SUBJECT_GAP.matcher(after).find() && wordsBetween(lead, m, text) <= 6) {
            return "subject of a talk verb";
        }
        if (BY_BEFORE.matcher(before).find() && !BYLINE.matcher(before).find() && !toolInHeading(p, m, before)) {
            return "named after 'by'/'with'";
        }
        if (p.row() != null && p.row().speakerCell().map(c -> c.contains(m.span())).orElse(false)) {
            return "in the table's speaker column";
        }
        String lineStart = before.substring(before.lastIndexOf('\n') + 1);
        if (SPEAKER_LABEL.matcher(lineStart).matches() && p.heading() != null
                || lineStart.matches("(?i)\\s*speakers?\\s*[:–—-]\\s*.*") && CONNECTOR_LIST.matcher(lineStart).matches()) {
            return "on a '" + lineStart.strip() + "' line";
        }
        if (Cues.IN_THIS_SESSION.matcher(Block.withoutListMarker(sentenceBefore(before))).matches()) {
            return "named right after '" + sentenceBefore(before).strip() + "'";
        }
        if (POSSESSIVE_SESSION.matcher(after).find() && wordsBetween(lead, m, text) <= 2) {
            return "possessive before the session";
        }
        TextSpan h = p.heading() == null ? null : p.heading().span();
        if (h != null && h.start() <= m.span().start() && m.span().end() <= h.end()) {
            // "Streams Without Tears – Lukas Brandt, Shopify", "Workshop: CLIs with oclif (Priya Raman, Heroku)"
            String inHeading = text.substring(h.start(), m.span().start());
            if (inHeading.matches("(?s).*\\S.*(?:\\(|\\s[–—-]|[\"”])\\s*$") && !inHeading.matches("(?s).*[.!?]\\s.*")) {
                return "named in the heading after its title";
            }
        }
        String line = lineAround(text, m.span(), lead);
        if (p.heading() != null && line.length() <= 200 && !line.matches(".*[.!?:;](\\s|$).*")
                && !people.isEmpty() && line.strip().startsWith(people.get(0).text()) && line.contains(people.get(0).text())
                && lineAround(text, people.get(0).span(), lead).equals(line)) {
            return "on the speaker line under the heading";
        }
        if (line.strip().startsWith(m.text()) && line.length() < 140
                && (after.isBlank() || after.matches("(?s)^\\s*(?:\\([^)]*\\))?\\s*[,–—-].*") && p.heading() != null)) {
            return "speaker line under the heading";
        }
        if (p.listItem() && people.size() == 1 && wordsBetween(lead, m, text) <= 12
                && !Block.withoutListMarker(before).matches("(?s).*[.!?:]\\s.*")
                && !after.matches("(?s)^(?:'s|’s).*")) {
            return "the item's only person, right after its title";
        }
        return null;
    }

    /**
     * "Scaling writes with Citus": in a heading, one capitalised word after "with" is far more often
     * a tool than a speaker; speakers there come with a surname or after "by".
     */
    private static boolean toolInHeading(Passage p, Mention m, String before) {
        TextSpan h = p.heading() == null ? null : p.heading().span();
        return h != null && h.start() <= m.span().start() && m.span().end() <= h.end()
                && before.matches("(?is).*\\bwith\\s+$") && !m.name().contains(" ");
    }

    /** The part of {@code before} since its last sentence end or line break. */
    private static String sentenceBefore(String before) {
        int cut = Math.max(before.lastIndexOf('\n'), Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("! "),
                before.lastIndexOf("? "))));
        return cut < 0 ? before : before.substring(cut + 1);
    }

    private static int wordsBetween(TextSpan lead, Mention m, String text) {
        String before = text.substring(lead.start(), m.span().start());
        int nl = before.lastIndexOf('\n');
        String s = (nl >= 0 ? before.substring(nl + 1) : before);
        int dot = Math.max(Math.max(s.lastIndexOf(". "), s.lastIndexOf("! ")), Math.max(s.lastIndexOf("? "),
                Math.max(s.lastIndexOf(" — "), s.lastIndexOf(" – "))));
        s = Block.withoutListMarker(dot >= 0 ? s.substring(dot + 2) : s).strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static String lineAround(String text, TextSpan span, TextSpan within) {
        int a = Math.max(within.start(), text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1);
        int b = text.indexOf('\n', span.end());
        b = b < 0 ? within.end() : Math.min(b, within.end());
        return text.substring(a, Math.max(a, b));
    }

    private static List<String> organizationsOf(Passage p, TextSpan lead, Mention person, List<String> evidence) {
        String text = p.text();
        Set<String> orgs = new LinkedHashSet<>();
        for (Mention o : p.affiliations(lead)) {
            String between;
            String why = null;
            boolean company = o.type() == EntityType.ORGANIZATION;
            if (o.span().start() >= person.span().end()) {
                between = text.substring(person.span().end(), o.span().start());
                if (between.matches("\\s+(?:from|of|at|with)\\s+(?:the\\s+)?") && !between.contains("with")) {
                    why = "'" + person.text() + between + o.text() + "'";
                } else if (between.matches("\\s*\\(\\s*") || between.matches("\\s*,\\s*") || between.matches("\\s*[–—-]\\s*")) {
                    why = "'" + person.text() + between + o.text() + "'";
                } else if (between.matches("\\s*\\([^)]*\\)\\s*,\\s*")) {
                    why = "'" + person.text() + ", " + o.text() + "'";
                }
            } else if (company && o.span().end() <= person.span().start()) { // "Heroku Priya" is no affiliation
                between = text.substring(o.span().end(), person.span().start());
                String before = text.substring(Math.max(0, o.span().start() - 20), o.span().start());
                if (NOT_AFFILIATION.matcher(before + " " + between).find()) {
                    continue;
                }
                if (between.matches("(?:'s|’s)\\s+") || between.matches("\\s+") || between.matches("(?:'s|’s)?\\s+(?:(?!(?:and|or|with|from|by|of|at|to|the|a|an|in|on|for)\\s)\\p{Ll}[\\p{L}-]*\\s+){1,2}")) {
                    why = "'" + o.text() + between + person.text() + "'";
                }
            }
            if (why != null) {
                String after = text.substring(o.span().end(), Math.min(text.length(), o.span().end() + 30));
                if (NOT_AFFILIATION.matcher(text.substring(person.span().end(), o.span().start() >= person.span().end()
                        ? o.span().start() : person.span().end())).find() || after.matches("(?s)^\\s*(?:contributor|core).*")) {
                    continue;
                }
                if (orgs.add(o.name())) {
                    evidence.add("organization " + o.name() + " of " + person.name() + ": " + why);
                }
            }
        }
        return List.copyOf(orgs);
    }

    /** Organizations stated for the talk itself: "a keynote by Acme organizers", "hosted by Acme", an item opening with one. */
    private static List<String> talkOrganizations(Passage p, TextSpan lead, List<Speaker> speakers, List<String> evidence) {
        String text = p.text();
        Set<String> orgs = new LinkedHashSet<>();
        Set<String> speakerOrgs = new LinkedHashSet<>();
        speakers.forEach(s -> speakerOrgs.addAll(s.organizations()));
        for (Mention o : p.organizations(lead)) {
            if (speakerOrgs.contains(o.name())) {
                continue;
            }
            String before = text.substring(lead.start(), o.span().start());
            String after = text.substring(o.span().end(), Math.min(lead.end(), o.span().end() + 40));
            String why = null;
            if (before.matches("(?is).*\\b(?:by|hosted by|organi[sz]ed by|sponsored by|presented by)\\s+(?:the\\s+)?$")) {
                why = "after 'by'";
            } else if (speakers.isEmpty() && ROLE_OF.matcher(before).find()) {
                why = "an unnamed speaker's role at it";
            } else if (p.listItem() && speakers.isEmpty() && Block.withoutListMarker(before).isBlank()
                    && after.matches("(?s)^\\s+(?:\\S*@\\S*|\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)?\\s*(?:talking|talked|presenting|presented|gave|spoke|speaking)\\b.*")) {
                why = "opens the item before its speaker";
            }
            if (why != null && orgs.add(o.name())) {
                evidence.add("organization " + o.name() + " of the talk: " + why);
            }
        }
        return List.copyOf(orgs);
    }
}

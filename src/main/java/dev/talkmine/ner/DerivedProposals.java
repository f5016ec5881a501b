package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposals made from other proposals: a vendor before its product is one technology ("Intel
 * Edison", "Google Docs"); a CRF organization or person wrapped around a known technology may be
 * that technology ("MySQL Fabric"); a person's span widened to whole name words ("Anna
 * Smith-Jones", "John Q. Public"); two halves of a name around a nickname ("Sam (Frenchie)
 * Stewart"); a one-word "person" listed among companies is a company. Thread-safe.
 */
final class DerivedProposals {
    private static final Pattern NICKNAME = Pattern.compile("^[ \\t]*\\([\\p{L}\\p{M}'’ -]{1,20}\\)[ \\t]*(" + NameSyntax.WORD
            + ")(?![\\p{L}\\p{M}])");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",[ \\t]+|,?[ \\t]+(?:and|&)[ \\t]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final WordList words;

    DerivedProposals(WordList words) {
        this.words = words;
    }

    List<Proposal> find(String text, List<Proposal> proposals) {
        List<Proposal> sorted = new ArrayList<>(proposals);
        sorted.sort((a, b) -> a.mention().compareTo(b.mention()));
        SpanIndex<Proposal> index = SpanIndex.of(sorted, Proposal::span);
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : sorted) {
            if (p.type() == EntityType.PERSON) {
                widened(text, p, out);
                nickname(text, p, out);
                listedAmongCompanies(text, p, index, out);
            } else if (p.type() == EntityType.ORGANIZATION) {
                vendorProduct(text, p, index, out);
            }
            if (p.source() == MentionSource.MODEL && p.type() != EntityType.LOCATION) {
                wrapped(text, p, index, out);
            }
        }
        return out;
    }

    private static void widened(String text, Proposal p, List<Proposal> out) {
        TextSpan w = NameSyntax.widen(text, p.span());
        if (!w.equals(p.span())) {
            out.add(Proposal.rule(text, w, EntityType.PERSON, "name-widened", "name widened to whole words from " + p.mention().text()));
        }
    }

    /** "Sam (Frenchie) Stewart": the name without the nickname in brackets. */
    private static void nickname(String text, Proposal p, List<Proposal> out) {
        if (p.mention().text().contains(" ")) {
            return;
        }
        Matcher m = NICKNAME.matcher(text).region(p.span().end(), Math.min(text.length(), p.span().end() + 60));
        if (m.lookingAt()) {
            TextSpan span = new TextSpan(p.span().start(), m.end(1));
            Mention base = Proposal.rule(text, span, EntityType.PERSON, "nickname", "nickname in brackets dropped").mention();
            out.add(new Proposal(base.withName(p.mention().text() + " " + m.group(1)), List.of("rule=nickname")));
        }
    }

    /** "thanks to Google, Touchlab and Revolut": a one-word CRF person between two organizations. */
    private static void listedAmongCompanies(String text, Proposal p, SpanIndex<Proposal> index, List<Proposal> out) {
        if (p.source() != MentionSource.MODEL || p.mention().text().contains(" ")) {
            return;
        }
        boolean before = organizationEndingAt(text, p.span().start(), index, true);
        boolean after = organizationEndingAt(text, p.span().end(), index, false);
        if (before && after) {
            out.add(Proposal.rule(text, p.span(), EntityType.ORGANIZATION, "listed-among-organizations",
                    "listed between organizations"));
        }
    }

    /** Whether an organization proposal sits right before (or after) the offset, across a list separator. */
    private static boolean organizationEndingAt(String text, int offset, SpanIndex<Proposal> index, boolean before) {
        TextSpan window = before ? new TextSpan(Math.max(0, offset - 60), offset) : new TextSpan(offset, Math.min(text.length(), offset + 60));
        for (Proposal o : index.within(window)) {
            if (o.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String between = before ? text.substring(o.span().end(), offset) : text.substring(offset, o.span().start());
            if (LIST_SEPARATOR.matcher(between).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "Google Material Design", "Intel Edison": an organization right before a known technology. */
    private static void vendorProduct(String text, Proposal org, SpanIndex<Proposal> index, List<Proposal> out) {
        int end = org.span().end();
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return;
        }
        for (Proposal t : index.within(new TextSpan(end + 1, Math.min(text.length(), end + 60)))) {
            if (t.span().start() == end + 1 && t.type() == EntityType.TECHNOLOGY && t.source() == MentionSource.GAZETTEER) {
                TextSpan span = new TextSpan(org.span().start(), t.span().end());
                String surface = span.coveredText(text);
                out.add(new Proposal(new Mention(span, surface, EntityType.TECHNOLOGY, surface, t.mention().category(),
                        MentionSource.RULE, 1.0, "rule: vendor " + org.mention().text() + " before technology " + t.mention().name()),
                        List.of("rule=vendor-product")));
                return;
            }
        }
    }

    /** "MySQL Fabric", "a popular CMS Plone": a CRF span around a known technology. */
    private void wrapped(String text, Proposal p, SpanIndex<Proposal> index, List<Proposal> out) {
        for (Proposal t : index.within(p.span())) {
            if (t.type() == EntityType.TECHNOLOGY && t.source() == MentionSource.GAZETTEER && t.facts().contains("gaz.corr=exact")) {
                boolean same = t.span().equals(p.span());
                String name = same ? t.mention().name() : p.mention().text();
                out.add(new Proposal(new Mention(p.span(), p.mention().text(), EntityType.TECHNOLOGY, name, t.mention().category(),
                        MentionSource.MODEL, p.mention().confidence(), "model span around technology " + t.mention().name()),
                        List.of("rule=crf-wraps-technology", "wrap.generic=" + (!same && onlyGenericAround(p, t)))));
                return;
            }
        }
    }

    /** Whether the words of {@code outer} outside {@code inner} are lower-case words or short acronyms ("CMS"). */
    private boolean onlyGenericAround(Proposal outer, Proposal inner) {
        String o = outer.mention().text();
        int from = inner.span().start() - outer.span().start();
        int to = inner.span().end() - outer.span().start();
        String rest = o.substring(0, from) + " " + o.substring(to);
        for (String w : SPACES.split(rest.strip())) {
            boolean acronym = w.length() <= 4 && w.equals(w.toUpperCase(Locale.ROOT));
            boolean lowerWord = w.equals(w.toLowerCase(Locale.ROOT)) && words.isWord(w);
            if (!w.isEmpty() && !acronym && !lowerWord) {
                return false;
            }
        }
        return true;
    }
}

package dev.talkmine.verdict;

import dev.talkmine.learn.Features;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.PhraseSet;
import dev.talkmine.learn.OpinionWords;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sentence says about a talk, as features: the opinion words it uses (turned around by a
 * negation shortly before them: "not very useful", "didn't enjoy"), their summed valence, whether a
 * contrast ("fun, but too long") separates a judgement from its opposite, hedges ("a bit", "fine"),
 * and what is judged: an opinion word next to the talk, its delivery or what it gave ("a great
 * talk", "the pace was slow", "a great intro"), next to the speaker (a person mention or a pronoun:
 * "Ann Lee really rocked it", "she did a fine job"), next to the author ("I loved"), or next to the
 * speaker's project ("a great library" praises the project, not the talk). Opinion words inside a
 * title-cased name or quotation do not count. Immutable and thread-safe.
 */
final class OpinionFeatures {
    /** Tokens that end the scope of a negation. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?()\\[\\]\u2013\u2014-]+");
    /** Quotation marks. */
    private static final Pattern QUOTE = Pattern.compile("[\"\u201C\u201D\u00AB\u00BB]");
    /** How many tokens before an opinion word a negation or intensifier reaches. */
    static final int SCOPE = 3;
    /** How many tokens around an opinion word its subject is looked for. */
    static final int NEAR = 3;

    /** The feature naming what an opinion word stands next to. */
    static final String NEAR_FEATURE = "near";
    /** The feature of a sentence's summed valence. */
    static final String VALENCE_FEATURE = "val";

    private final Lexicon lexicon;
    private final PhraseSet hedge;
    private final PhraseSet contrast;

    OpinionFeatures(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.hedge = lexicon.phrases("hedges");
        this.contrast = lexicon.phrases("contrasts");
    }

    /**
     * A sentence's tokens.
     *
     * @param lower   lower case
     * @param written as written
     * @param person  the indexes of the tokens inside a person mention
     */
    record Tokens(List<String> lower, List<String> written, Set<Integer> person) {
        /** Tokens with no person mention among them. */
        Tokens(List<String> lower, List<String> written) {
            this(lower, written, Set.of());
        }
    }

    /** The polarity of a clause's opinion words. */
    record Polarity(int positive, int negative, double valence, boolean negated, double strength) {
        static final Polarity NONE = new Polarity(0, 0, 0, false, 0);

        String sign() {
            return valence > 0.3 ? "P" : valence < -0.3 ? "N" : "0";
        }

        Polarity plus(Polarity o) {
            return new Polarity(positive + o.positive, negative + o.negative, valence + o.valence, negated || o.negated,
                    strength + o.strength);
        }
    }

    /**
     * Adds the opinion features of a sentence; returns its polarity.
     *
     * @param f        where to add them
     * @param sentence the sentence as written
     * @param tokens   its tokens (punctuation included)
     */
    Polarity add(Features f, String sentence, Tokens tokens) {
        int turn = contrastAt(tokens.lower());
        Polarity before = polarity(tokens, 0, turn < 0 ? tokens.lower().size() : turn, f);
        Polarity after = turn < 0 ? Polarity.NONE : polarity(tokens, turn + 1, tokens.lower().size(), f);
        Polarity all = before.plus(after);
        String sign = all.sign();
        f.add(VALENCE_FEATURE, valence(all.valence())).add("pos", Features.bucket(all.positive()))
                .add("neg", Features.bucket(all.negative()));
        f.addIf(all.positive() > 0 && all.negative() > 0, "both").addIf(all.negated(), "negated");
        boolean contrasted = turn >= 0 || contrast.in(sentence);
        if (contrasted) {
            f.add("contrast").add("turn", before.sign() + ">" + after.sign());
        }
        boolean hedged = hedge.in(sentence);
        f.addIf(hedged, "hedge");
        boolean talk = tokens.lower().stream().anyMatch(this::talkNoun);
        boolean project = any(tokens.lower(), "project-nouns");
        boolean me = any(tokens.lower(), "first-person");
        f.addIf(talk, "talkNoun").addIf(project, "projectNoun").addIf(me, "firstPerson");
        Features and = new Features();
        and.addIf(talk, "talkNoun").addIf(project, "projectNoun").addIf(me, "firstPerson").addIf(hedged, "hedge")
                .addIf(contrasted, "contrast").addIf(sentence.contains("!"), "exclaim");
        f.addAll("sign" + sign, and);
        f.add("sign", sign);
        return all;
    }

    /** The opinion words of tokens [from, to), each turned around by a negation in its scope. */
    private Polarity polarity(Tokens tokens, int from, int to, Features f) {
        OpinionWords words = lexicon.opinions();
        List<String> lower = tokens.lower();
        int pos = 0;
        int neg = 0;
        double sum = 0;
        double strength = 0;
        boolean anyNegated = false;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            quoted ^= QUOTE.matcher(lower.get(i)).matches();
            OpinionWords.Match m = words.at(lower, i);
            if (m == null || m.tokens() > to - i) {
                continue;
            }
            if (quoted || (i > 0 && Character.isUpperCase(tokens.written().get(i).codePointAt(0))
                    && tokens.written().get(i - 1).codePoints().anyMatch(Character::isLetter))) {
                f.add("opInName");
                continue;
            }
            boolean negated = inScope(lower, from, i, "negations");
            boolean strong = inScope(lower, from, i, "intensifiers");
            double v = (negated ? -0.6 : 1) * m.valence() * (strong ? 1.3 : 1);
            String sign = v > 0 ? "P" : "N";
            f.add("op", (negated ? "not " : "") + m.entry());
            near(f, sign, tokens, i, m.tokens());
            pos += v > 0 ? 1 : 0;
            neg += v < 0 ? 1 : 0;
            sum += v;
            strength += Math.abs(v);
            anyNegated |= negated;
            i += m.tokens() - 1;
        }
        return new Polarity(pos, neg, sum, anyNegated, strength);
    }

    /** What stands next to an opinion word: the talk, the project, the author, the speaker. */
    private void near(Features f, String sign, Tokens tokens, int at, int length) {
        List<String> lower = tokens.lower();
        for (int k = Math.max(0, at - NEAR); k < Math.min(lower.size(), at + length + NEAR); k++) {
            if (k >= at && k < at + length) {
                continue;
            }
            String t = lower.get(k);
            String where = k < at ? "<" : ">";
            if (talkNoun(t)) {
                f.add(NEAR_FEATURE, sign + where + "talk");
            } else if (lexicon.contains("project-nouns", t)) {
                f.add(NEAR_FEATURE, sign + where + "project");
            } else if (lexicon.contains("first-person", t)) {
                f.add(NEAR_FEATURE, sign + where + "me");
            } else if (lexicon.contains("third-person", t) || tokens.person().contains(k)) {
                f.add(NEAR_FEATURE, sign + where + "speaker");
            }
        }
    }

    /** Whether the word names the talk, its delivery or what it gave. */
    private boolean talkNoun(String t) {
        return lexicon.contains("delivery-nouns", t) || lexicon.contains("talk-aspects", t);
    }

    /** Whether a word of the list stands in the {@link #SCOPE} tokens before {@code i}, in the same clause. */
    private boolean inScope(List<String> tokens, int from, int i, String list) {
        for (int k = i - 1; k >= Math.max(from, i - SCOPE); k--) {
            String t = tokens.get(k);
            if (CLAUSE_END.matcher(t).matches()) {
                return false;
            }
            if (lexicon.contains(list, t)) {
                return true;
            }
        }
        return false;
    }

    /** The first token that turns the judgement around, or -1. */
    private int contrastAt(List<String> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (lexicon.contains("contrasts", tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private boolean any(List<String> tokens, String list) {
        for (String t : tokens) {
            if (lexicon.contains(list, t)) {
                return true;
            }
        }
        return false;
    }

    /** A summed valence as a coarse bucket. */
    static String valence(double v) {
        if (v <= -1.5) {
            return "--";
        }
        if (v < -0.3) {
            return "-";
        }
        if (v <= 0.3) {
            return "0";
        }
        return v < 1.5 ? "+" : v < 3.5 ? "++" : "+++";
    }
}

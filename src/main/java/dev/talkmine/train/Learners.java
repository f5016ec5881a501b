package dev.talkmine.train;

import dev.talkmine.learn.Lexicon;
import java.util.List;

/** Every learned decision of the pipeline, in pipeline order. */
final class Learners {
    private Learners() {
    }

    /**
     * The learners, set up on these reports: the mention decision first, then the learners that
     * read mentions, on reports whose mentions a model that did not see them decided.
     */
    static List<Learner> all(List<Example> examples, Lexicon lexicon) {
        MentionLearner mentions = new MentionLearner(examples);
        List<Example> decided = mentions.outOfFold(lexicon);
        return List.of(mentions, new TalkStartLearner(decided, lexicon), new TalkLearner(decided, lexicon),
                new SummaryLearner(decided, lexicon), new VerdictLearner(decided, lexicon));
    }
}

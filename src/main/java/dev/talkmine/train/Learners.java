package dev.talkmine.train;

import dev.talkmine.learn.Lexicon;
import java.util.List;

/** Every learned decision of the pipeline, in pipeline order. */
final class Learners {
    private Learners() {
    }

    /** The learners, set up on these reports. */
    static List<Learner> all(List<Example> examples, Lexicon lexicon) {
        return List.of(new TalkStartLearner(examples, lexicon), new TalkLearner(examples, lexicon),
                new SummaryLearner(examples, lexicon), new VerdictLearner(examples, lexicon));
    }
}

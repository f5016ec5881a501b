package dev.talkmine.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.ModelException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    /** A toy problem: "by" before a capitalised word marks a speaker; anything else does not. */
    private static List<Event> events() {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(new Event("yes", new String[] {"bias", "w-1=by", "shape=Cap", "n=" + (i % 3)}));
            out.add(new Event("no", new String[] {"bias", "w-1=the", "shape=low", "n=" + (i % 3)}));
            out.add(new Event("no", new String[] {"bias", "w-1=by", "shape=low", "n=" + (i % 2)}));
        }
        return out;
    }

    @Test
    void learnsTheCueAndRanksBySureness() {
        Classifier c = Classifier.train(events());
        assertThat(c.best(new String[] {"bias", "w-1=by", "shape=Cap"})).isEqualTo("yes");
        assertThat(c.best(new String[] {"bias", "w-1=the", "shape=low"})).isEqualTo("no");
        assertThat(c.probability("yes", new String[] {"bias", "w-1=by", "shape=Cap"}))
                .isGreaterThan(c.probability("yes", new String[] {"bias", "w-1=by", "shape=low"}));
        assertThat(c.probability("maybe", new String[] {"bias"})).as("an outcome never seen").isZero();
    }

    @Test
    void pullsNameTheFeaturesThatSeparateTwoOutcomesStrongestFirst() throws IOException {
        Classifier c = Classifier.train(events());
        String[] f = {"bias", "w-1=by", "shape=Cap", "unseen"};
        List<Classifier.Pull> pulls = c.pulls(f, "yes", "no", 10);
        assertThat(pulls).extracting(Classifier.Pull::feature).startsWith("shape=Cap").doesNotContain("unseen");
        assertThat(pulls.get(0).weight()).isPositive();
        assertThat(pulls).isSortedAccordingTo((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())));
        assertThat(c.pulls(f, "no", "yes", 10).get(0).weight()).as("the other way round").isEqualTo(-pulls.get(0).weight());
        assertThat(c.pulls(f, "yes", "no", 1)).hasSize(1);
        Classifier read = Classifier.read(new ByteArrayInputStream(bytes(c)), "toy.model");
        assertThat(read.pulls(f, "yes", "no", 10)).isEqualTo(pulls);
        assertThat(c.pulls(f, "yes", "maybe", 10)).as("an outcome never seen").isEmpty();
        assertThat(Classifier.always("yes").pulls(f, "yes", "no", 10)).isEmpty();
    }

    @Test
    void trainingIsDeterministicAndAWrittenModelReadsBackTheSame() throws IOException {
        byte[] a = bytes(Classifier.train(events()));
        byte[] b = bytes(Classifier.train(events()));
        assertThat(a).isEqualTo(b);
        Classifier read = Classifier.read(new ByteArrayInputStream(a), "toy.model");
        assertThat(bytes(read)).isEqualTo(a);
        String[] f = {"bias", "w-1=by", "shape=Cap"};
        assertThat(read.probabilities(f)).containsExactly(Classifier.train(events()).probabilities(f));
    }

    @Test
    void refusesWhatItCannotLearnFromAndWhatIsNoModel() {
        assertThatThrownBy(() -> Classifier.train(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Classifier.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), "broken.model"))
                .isInstanceOf(ModelException.class).hasMessageContaining("broken.model").hasMessageContaining("talkmine train");
    }

    @Test
    void oneOutcomeGivesAClassifierThatAlwaysAnswersItAndSurvivesARoundTrip() throws IOException {
        Classifier one = Classifier.train(List.of(new Event("yes", new String[] {"bias"})));
        Classifier back = Classifier.read(new ByteArrayInputStream(bytes(one)), "one.model");
        for (Classifier c : List.of(one, back, Classifier.always("yes"), Classifier.trainOr("yes", List.of()))) {
            assertThat(c.best(new String[] {"anything"})).isEqualTo("yes");
            assertThat(c.probability("yes", new String[] {"bias"})).isEqualTo(1.0);
            assertThat(c.probability("no", new String[] {"bias"})).isZero();
            assertThat(c.outcomes()).isOne();
        }
    }

    private static byte[] bytes(Classifier c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.write(out);
        return out.toByteArray();
    }
}

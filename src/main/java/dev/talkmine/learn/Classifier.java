package dev.talkmine.learn;

import dev.talkmine.ModelException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A trained maximum-entropy classifier over string features (OpenNLP's L-BFGS trainer with an L2
 * prior, which suits our few thousand examples better than GIS). Immutable and thread-safe:
 * {@link #probabilities} allocates its own arrays.
 */
public final class Classifier {
    /** L2 cost: strong enough that a cue seen in one report cannot dominate. */
    static final double L2_COST = 1.0;
    static final int MAX_ITERATIONS = 300;

    /** The bytes a model of a single outcome starts with; maxent needs two outcomes to learn anything. */
    private static final String CONSTANT = "talkmine-constant-model\n";

    private final MaxentModel model;
    /** The only outcome when training saw just one (e.g. no talk of another kind), else null. */
    private final String constant;

    private Classifier(MaxentModel model, String constant) {
        this.model = model;
        this.constant = constant;
    }

    /**
     * Trains a classifier. Deterministic: the same events in the same order give the same model
     * (one thread, no random initialisation). Events of a single outcome give a classifier that
     * always answers it.
     *
     * @throws IllegalArgumentException when there are no events
     */
    public static Classifier train(List<Event> events) {
        return train(events, L2_COST);
    }

    /**
     * Trains a classifier with its own L2 cost (a decision with few, noisy examples may need a
     * stronger prior than the default). Deterministic as {@link #train(List)}.
     *
     * @throws IllegalArgumentException when there are no events
     */
    public static Classifier train(List<Event> events, double l2) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("training needs at least one event");
        }
        List<String> outcomes = events.stream().map(Event::getOutcome).distinct().toList();
        if (outcomes.size() == 1) {
            return new Classifier(null, outcomes.get(0));
        }
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, MAX_ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put(QNTrainer.L2COST_PARAM, l2);
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        try {
            return new Classifier(TrainerFactory.getEventTrainer(p, null)
                    .train(ObjectStreamUtils.createObjectStream(events)), null);
        } catch (IOException e) {
            throw new UncheckedIOException("training from memory cannot fail on I/O", e);
        }
    }

    /**
     * Trains on the events or, when there are none (reports that never pose the question, such as
     * ones without any stated affiliation), gives a classifier that always answers {@code usual}.
     */
    public static Classifier trainOr(String usual, List<Event> events) {
        return trainOr(usual, events, L2_COST);
    }

    /** {@link #trainOr(String, List)} with its own L2 cost, as {@link #train(List, double)}. */
    public static Classifier trainOr(String usual, List<Event> events, double l2) {
        return events.isEmpty() ? always(usual) : train(events, l2);
    }

    /** A classifier that always answers {@code outcome}: for a decision the training data never posed. */
    public static Classifier always(String outcome) {
        return new Classifier(null, Objects.requireNonNull(outcome, "outcome"));
    }

    /**
     * Reads a classifier written by {@link #write}.
     *
     * @param name for error messages (the model file)
     * @throws ModelException when the bytes are not a model
     */
    public static Classifier read(InputStream in, String name) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(new GZIPInputStream(in));
            byte[] head = CONSTANT.getBytes(StandardCharsets.UTF_8);
            buffered.mark(head.length);
            if (Arrays.equals(buffered.readNBytes(head.length), head)) {
                return new Classifier(null, new String(buffered.readAllBytes(), StandardCharsets.UTF_8));
            }
            buffered.reset();
            DataInputStream data = new DataInputStream(buffered);
            return new Classifier(new GenericModelReader(new BinaryFileDataReader(data)).getModel(), null);
        } catch (IOException | RuntimeException e) {
            throw new ModelException(name + ": not a talkmine model (" + e.getMessage() + "); rebuild it with 'talkmine train'", e);
        }
    }

    /** Writes the model, gzipped; the same model always gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        if (constant != null) {
            gz.write((CONSTANT + constant).getBytes(StandardCharsets.UTF_8));
        } else {
            DataOutputStream data = new DataOutputStream(gz);
            new GenericModelWriter((AbstractModel) model, data).persist();
            data.flush();
        }
        gz.finish();
    }

    /** Probability of each outcome, indexed as {@link #outcome(int)}. */
    public double[] probabilities(String[] features) {
        return constant != null ? new double[] {1.0} : model.eval(features);
    }

    /** The probability of {@code outcome}, 0 when the model never saw that outcome. */
    public double probability(String outcome, String[] features) {
        if (constant != null) {
            return constant.equals(Objects.requireNonNull(outcome, "outcome")) ? 1 : 0;
        }
        int i = model.getIndex(Objects.requireNonNull(outcome, "outcome"));
        return i < 0 ? 0 : model.eval(features)[i];
    }

    /** The most probable outcome. */
    public String best(String[] features) {
        return constant != null ? constant : model.getBestOutcome(model.eval(features));
    }

    /** Outcome {@code i}'s label. */
    public String outcome(int i) {
        return constant != null ? constant : model.getOutcome(i);
    }

    /** Number of outcomes. */
    public int outcomes() {
        return constant != null ? 1 : model.getNumOutcomes();
    }

    /**
     * What pulled a decision: of {@code features}, the {@code limit} whose weights most separate
     * {@code outcome} from {@code rival} (a feature's weight for the one minus its weight for the
     * other, the amount it adds to their log-odds), strongest first either way. Empty for a
     * classifier of one outcome; features the model never saw pull nothing.
     */
    public List<Pull> pulls(String[] features, String outcome, String rival, int limit) {
        int a = index(outcome);
        int b = index(rival);
        if (constant != null || a < 0 || b < 0 || a == b) {
            return List.of();
        }
        Map<?, ?> contexts = (Map<?, ?>) ((AbstractModel) model).getDataStructures()[1];
        List<Pull> out = new ArrayList<>();
        for (String f : features) {
            if (contexts.get(f) instanceof Context c) {
                double pull = weight(c, a) - weight(c, b);
                if (pull != 0) {
                    out.add(new Pull(f, pull));
                }
            }
        }
        out.sort(Comparator.comparingDouble((Pull p) -> -Math.abs(p.weight())).thenComparing(Pull::feature));
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    private static double weight(Context c, int outcome) {
        int[] outcomes = c.getOutcomes();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == outcome) {
                return c.getParameters()[i];
            }
        }
        return 0;
    }

    /**
     * A feature's pull towards one outcome against another.
     *
     * @param feature the feature
     * @param weight  what it adds to the log-odds of the one over the other (negative: towards the other)
     */
    public record Pull(String feature, double weight) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %+.1f", feature, weight);
        }
    }

    /** The index of an outcome, or -1 when the classifier never saw it. */
    public int index(String outcome) {
        return constant != null ? (constant.equals(outcome) ? 0 : -1) : model.getIndex(outcome);
    }
}

package dev.talkmine.ner;

import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds entity mentions: people, organizations and locations from CoreNLP's CRF, technologies and
 * known organizations from gazetteers, unseen technologies and missed speakers from rules; then
 * resolves overlaps.
 * Models are loaded once in {@link #load}; the stage is immutable and thread-safe.
 */
public final class MentionStage implements Stage {
    private final CrfRecognizer model;
    private final GazetteerRecognizer gazetteers;
    private final TechnologyRules rules;
    private final PersonRules people;
    private final OrganizationRules organizations;
    private final MentionResolver resolver;

    private MentionStage(CrfRecognizer model, Gazetteer gazetteer, WordList words) {
        this.model = model;
        this.gazetteers = new GazetteerRecognizer(gazetteer, words);
        this.rules = new TechnologyRules(gazetteer, words);
        this.resolver = new MentionResolver(gazetteer, words);
        this.organizations = new OrganizationRules(gazetteer);
        this.people = new PersonRules(gazetteer);
    }

    /**
     * Loads the CoreNLP NER model and indexes the gazetteer.
     *
     * @param words ordinary English words, to tell unknown technology names from words
     * @throws dev.talkmine.ModelException when the model cannot be loaded
     */
    public static MentionStage load(Gazetteer gazetteer, WordList words) {
        return new MentionStage(CrfRecognizer.load(), gazetteer, words);
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Report process(Report report) {
        TextContext ctx = new TextContext(report);
        List<Mention> candidates = new ArrayList<>(model.find(report));
        candidates.addAll(gazetteers.find(ctx));
        candidates.addAll(rules.find(ctx));
        candidates.addAll(people.find(ctx));
        candidates.addAll(organizations.find(ctx));
        return report.withMentions(resolver.resolve(ctx, candidates));
    }
}

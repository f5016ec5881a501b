package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.ModelException;
import dev.talkmine.testing.Learned;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The CRF model is read on a thread of its own while the caller reads the rest of the set-up. */
class CandidateStageLoadingTest {

    @Test
    void aModelThatCannotBeReadFailsFinishWithItsOwnError() {
        ModelException cause = new ModelException("cannot load CoreNLP NER model (test)");
        CandidateStage.Loading loading = CandidateStage.startLoading(() -> {
            throw cause;
        });

        assertThatThrownBy(() -> loading.finish(Gazetteer.empty(), WordList.empty(), Learned.LEXICON)).isSameAs(cause);
    }

    @Test
    void theLoadingThreadFindsResourcesWithTheCallersContextClassLoader() {
        // an engine such as Spark loads talkmine's jar with a class loader of its own and sets it as the context loader
        ClassLoader engine = new URLClassLoader(new URL[0], getClass().getClassLoader());
        AtomicReference<ClassLoader> seen = new AtomicReference<>();
        Thread caller = Thread.currentThread();
        ClassLoader before = caller.getContextClassLoader();
        CandidateStage.Loading loading;
        caller.setContextClassLoader(engine);
        try {
            loading = CandidateStage.startLoading(() -> {
                seen.set(Thread.currentThread().getContextClassLoader());
                throw new ModelException("stop here");
            });
        } finally {
            caller.setContextClassLoader(before);
        }

        assertThatThrownBy(() -> loading.finish(Gazetteer.empty(), WordList.empty(), Learned.LEXICON))
                .isInstanceOf(ModelException.class);
        assertThat(seen.get()).isSameAs(engine);
    }
}

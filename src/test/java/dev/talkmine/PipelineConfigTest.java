package dev.talkmine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineConfigTest {
    @Test
    void theDefaultsAreTheReadersDefaults() {
        PipelineConfig c = PipelineConfig.defaults();
        assertThat(c.reader().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(c.reader().maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(c.modelsDir()).isNull();
        assertThat(c.gazetteers()).isEmpty();
    }

    @Test
    void gazetteersKeepTheirOrderAndAreResolvedWhereThePipelineIsBuilt() {
        PipelineConfig c = PipelineConfig.defaults().withGazetteer("a.tsv").withGazetteer("b.tsv").withModelsDir("models");
        List<String> resolved = new ArrayList<>();
        c.builder(name -> {
            resolved.add(name);
            return Path.of(name);
        });
        assertThat(resolved).containsExactly("models", "a.tsv", "b.tsv");
    }

    @Test
    void badValuesFailAtOnce() {
        assertThatThrownBy(() -> PipelineConfig.defaults().withEncoding("no-such-charset"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PipelineConfig.defaults().withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itTravelsAsAValue() throws Exception {
        PipelineConfig c = PipelineConfig.defaults().withGazetteer("ours.tsv").withEncoding("ISO-8859-1");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(c);
        }
    }
}

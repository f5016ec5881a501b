package dev.talkmine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's library example is the code of the consumer project under {@code src/it/consumer},
 * which CI builds against the installed jar and runs ({@code src/it/consumer/check}): what users
 * copy is what is known to compile and work.
 */
class ReadmeExampleTest {
    @Test
    void theReadmesLibraryExampleIsTheConsumerProjectsCode() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Library use"));
        Matcher java = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(java.find()).as("a java block under 'Library use'").isTrue();
        String example = Files.readString(Path.of("src/it/consumer/src/main/java/example/Example.java"));
        assertThat("package example;\n\n" + java.group(1)).isEqualTo(example);
    }
}

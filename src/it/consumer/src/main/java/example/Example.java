package example;

import dev.talkmine.Talkmine;
import dev.talkmine.doc.Report;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.output.ReportJson;
import java.nio.file.Path;

public class Example {
    public static void main(String[] args) {
        Talkmine talkmine = Talkmine.builder()                 // loads models once (a few seconds)
                // .gazetteer(Path.of("our-products.tsv"))     // optional, repeatable
                .build();                                      // immutable and thread-safe from here on
        Report report = talkmine.process(DocumentReader.utf8().read(Path.of(args[0])));
        for (var talk : report.talks()) {
            System.out.println(talk.kind().id() + ": " + talk.title() + " by "
                    + talk.speakers().stream().map(s -> s.name()).toList());
        }
        String json = ReportJson.toJson(report);               // the same JSON the CLI writes
        System.out.println(json.length() + " characters of JSON");
    }
}

package dev.talkmine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The list of subcommands in the top-level help, each with its whole description. Picocli's own
 * list shows only a description's first line (cutting {@code explain} and {@code eval}
 * mid-sentence) and may break a line inside a file name at a dot; this one joins the lines and
 * wraps at spaces only.
 */
final class CommandList implements IHelpSectionRenderer {
    /** picocli's default usage width. */
    static final int WIDTH = 80;
    private static final int INDENT = 2;
    private static final int GAP = 2;
    /** Continuation lines are indented a little further, as picocli does. */
    private static final int HANGING = 2;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public String render(Help help) {
        Map<String, Help> commands = help.subcommands();
        int names = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        int column = INDENT + names + GAP;
        StringBuilder sb = new StringBuilder();
        commands.forEach((name, sub) -> {
            List<String> lines = wrap(summary(sub.commandSpec().usageMessage()), WIDTH - column, HANGING);
            for (int i = 0; i < lines.size(); i++) {
                String left = i == 0 ? " ".repeat(INDENT) + name : "";
                sb.append(String.format("%-" + column + "s", left)).append(lines.get(i)).append(System.lineSeparator());
            }
        });
        return sb.toString();
    }

    /** The header if the command has one (picocli's help command), else the description, as one line. */
    private static String summary(UsageMessageSpec usage) {
        String[] text = usage.header().length > 0 ? usage.header() : usage.description();
        return WHITESPACE.matcher(String.join(" ", text).strip()).replaceAll(" ");
    }

    /** {@code text} in lines of at most {@code width} characters, broken at spaces; later lines indented. */
    static List<String> wrap(String text, int width, int hanging) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(" ".repeat(hanging)).append(word);
            } else {
                line.append(line.length() > 0 ? " " : "").append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}

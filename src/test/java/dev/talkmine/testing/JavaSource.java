package dev.talkmine.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java source file read as text, for the code rules of {@code CodeRulesTest}: regexes compiled
 * per call, class and method sizes. Not a parser: comments and literals are blanked out (keeping
 * every offset and line break), then statements and bodies are found by their punctuation, which
 * is enough for code formatted as this project's is.
 */
public final class JavaSource {
    /**
     * A comment that marks a regex built from data at run time (it cannot be a constant): it must
     * stand on the line of the {@code Pattern.compile} and say why.
     */
    public static final String ON_PURPOSE = "// per call on purpose: ";
    private static final Pattern COMPILE = Pattern.compile("\\bPattern\\s*\\.\\s*compile\\s*\\(");
    /** A String method whose first argument is a literal: group 1 the method, 2 the literal, 3 what follows it. */
    private static final Pattern STRING_REGEX_CALL = Pattern.compile(
            "\\.\\s*(matches|replaceAll|replaceFirst|split)\\s*\\(\\s*\"((?:[^\"\\\\\\n]|\\\\.)*)\"\\s*([,)])");
    private static final Pattern STATIC_FINAL = Pattern.compile("\\bstatic\\b.*\\bfinal\\b|\\bfinal\\b.*\\bstatic\\b",
            Pattern.DOTALL);
    private static final Pattern METHOD_HEAD = Pattern.compile(
            "(?s).*?\\b([A-Za-z_$][\\w$]*)\\s*\\((.*)\\)\\s*(?:throws\\s+[\\w$.,\\s<>]+)?");
    private static final List<String> NOT_METHODS = List.of("if", "for", "while", "switch", "catch", "synchronized",
            "try", "return", "new", "else", "do", "super", "this");
    private static final Pattern TYPE_KEYWORD = Pattern.compile("\\b(class|interface|enum|record|new)\\b|->|=");

    private final String name;
    private final String text;
    /** The text with comments blanked. */
    private final String code;
    /** The text with comments and the contents of literals blanked. */
    private final String bare;

    private JavaSource(String name, String text) {
        this.name = name;
        this.text = text;
        this.code = blank(text, false);
        this.bare = blank(text, true);
    }

    /** A source file's text; {@code name} says where it is, for messages. */
    public static JavaSource of(String name, String text) {
        return new JavaSource(name, text);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Lines in the file. */
    public int lines() {
        return (int) text.lines().count();
    }

    /** A method (or constructor) body with where it starts and how many lines it takes, signature to closing brace. */
    public record Method(String name, int line, int lines) {
    }

    /** Every method and constructor with a body, nested ones too. */
    public List<Method> methods() {
        List<Method> out = new ArrayList<>();
        for (int i = 0; i < bare.length(); i++) {
            if (bare.charAt(i) != '{') {
                continue;
            }
            int start = statementStart(i);
            String raw = bare.substring(start, i);
            String head = raw.strip();
            Matcher m = METHOD_HEAD.matcher(head);
            if (!m.matches() || NOT_METHODS.contains(m.group(1)) || TYPE_KEYWORD.matcher(beforeParams(head)).find()) {
                continue;
            }
            int nameAt = start + raw.length() - raw.stripLeading().length() + m.start(1);
            int close = matching(i);
            out.add(new Method(m.group(1), lineOf(nameAt), lineOf(close) - lineOf(nameAt) + 1));
        }
        return out;
    }

    /** Places where a regex is compiled each time the code runs: {@code file:line: what}. */
    public List<String> regexesCompiledPerCall() {
        List<String> out = new ArrayList<>();
        Matcher c = COMPILE.matcher(code);
        while (c.find()) {
            String statement = bare.substring(statementStart(c.start()), c.start());
            if (!STATIC_FINAL.matcher(statement).find() && !lineAt(c.start()).contains(ON_PURPOSE)) {
                out.add(name + ":" + lineOf(c.start()) + ": Pattern.compile outside a static final field");
            }
        }
        Matcher s = STRING_REGEX_CALL.matcher(code);
        while (s.find()) {
            String method = s.group(1);
            boolean stringForm = switch (method) {
                case "replaceAll", "replaceFirst" -> s.group(3).equals(","); // Matcher's take one argument
                case "split" -> !splitsWithoutRegex(unescape(s.group(2)));
                default -> true; // String.matches(regex) and Pattern.matches(regex, input)
            };
            if (stringForm) {
                out.add(name + ":" + lineOf(s.start()) + ": " + method + "(\"" + s.group(2) + "\", ...) compiles its regex on every call");
            }
        }
        return out;
    }

    /**
     * Whether {@code String.split} takes this separator without a regex: one character that is not
     * a regex metacharacter, or a backslash and one that is neither a letter nor a digit (the JDK's
     * fast path).
     */
    static boolean splitsWithoutRegex(String separator) {
        if (separator.length() == 1) {
            return ".$|()[{^?*+\\".indexOf(separator.charAt(0)) < 0;
        }
        return separator.length() == 2 && separator.charAt(0) == '\\' && !Character.isLetterOrDigit(separator.charAt(1));
    }

    private static String unescape(String literal) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char ch = literal.charAt(i);
            if (ch == '\\' && i + 1 < literal.length()) {
                char next = literal.charAt(++i);
                switch (next) {
                    case 't' -> sb.append('\t');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> sb.append(next);
                }
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** The part of a method head before its parameter list (where a lambda, an initializer or a type would show). */
    private static String beforeParams(String head) {
        int paren = head.indexOf('(');
        return paren < 0 ? head : head.substring(0, paren);
    }

    /** Where the statement or declaration holding {@code at} starts: after the last ; { } before it (outside parentheses). */
    private int statementStart(int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char ch = bare.charAt(i);
            if (ch == ')') {
                depth++;
            } else if (ch == '(') {
                depth--;
            } else if (depth <= 0 && (ch == ';' || ch == '{' || ch == '}')) {
                return i + 1;
            }
        }
        return 0;
    }

    private int matching(int open) {
        int depth = 0;
        for (int i = open; i < bare.length(); i++) {
            char ch = bare.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException(name + ": unbalanced braces from line " + lineOf(open));
    }

    private String lineAt(int offset) {
        int from = text.lastIndexOf('\n', offset) + 1;
        int to = text.indexOf('\n', offset);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    private int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The text with comments (and, if {@code literals}, the insides of string, char and text-block literals) as spaces. */
    static String blank(String src, boolean literals) {
        StringBuilder sb = new StringBuilder(src);
        int i = 0;
        while (i < src.length()) {
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = fill(sb, i, end < 0 ? src.length() : end);
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = fill(sb, i, end < 0 ? src.length() : end + 2);
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                int stop = end < 0 ? src.length() : end;
                if (literals) {
                    fill(sb, i + 3, stop);
                }
                i = stop + 3;
            } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
                char quote = src.charAt(i);
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != quote && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                if (literals) {
                    fill(sb, i + 1, Math.min(j, src.length()));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return sb.toString();
    }

    private static int fill(StringBuilder sb, int from, int to) {
        for (int k = from; k < to; k++) {
            if (sb.charAt(k) != '\n') {
                sb.setCharAt(k, ' ');
            }
        }
        return to;
    }
}

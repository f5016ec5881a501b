package dev.talkmine.overview;

import dev.talkmine.internal.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The fixed parts of the page: head with its Content-Security-Policy, stylesheet, legend and
 * script. The policy allows nothing but this one stylesheet and this one script, by hash: no
 * network, no other inline script or style, no images, no forms, no base URL. An element a report
 * managed to smuggle in would therefore not run even if escaping failed.
 */
final class Page {
    /** Marks the page as talkmine's, so that a later run never reads it back as a report. */
    static final String GENERATOR = "<meta name=\"generator\" content=\"talkmine\">";

    /** The stylesheet, with the bar width rules appended. */
    static final String CSS = resource("overview.css") + Bars.widthRules();
    /** The script: sortable tables, opening linked reports, printing all reports. */
    static final String JS = resource("overview.js");
    /** The {@code Content-Security-Policy} of the page. */
    static final String CSP = "default-src 'none'; style-src '" + hash(CSS) + "'; script-src '" + hash(JS)
            + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

    private Page() {
    }

    /** Everything up to and including {@code <body>}; {@code title} is escaped here. */
    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + GENERATOR + "\n"
                + "<title>" + Html.escape(title) + "</title>\n"
                + "<style>" + CSS + "</style>\n</head>\n<body>\n";
    }

    /** The legend of the highlight colours and underlines. */
    static String legend() {
        return "<p class=\"legend\">Highlights: <mark class=\"person\">person</mark> <mark class=\"org\">organization</mark> "
                + "<mark class=\"tech\">technology</mark> <mark class=\"loc\">location</mark> "
                + "<span class=\"meta\">(hover a highlight for its canonical name, confidence and source)</span></p>\n";
    }

    /** The script and the end of the document. */
    static String tail() {
        return "</main>\n<script>" + JS + "</script>\n</body>\n</html>\n";
    }

    /** {@code sha256-<base64>} of the UTF-8 bytes of {@code content}, as CSP hash sources are written. */
    static String hash(String content) {
        return "sha256-" + Base64.getEncoder().encodeToString(Sha256.of(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static String resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/talkmine/overview/" + name);
            }
            // normalise line ends so the page (and its hashes) do not depend on a checkout's settings
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource dev/talkmine/overview/" + name, e);
        }
    }
}

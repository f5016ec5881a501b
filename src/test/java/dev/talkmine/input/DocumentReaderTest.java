package dev.talkmine.input;

import static dev.talkmine.input.BlockInvariants.assertWellFormed;
import static dev.talkmine.input.BlockInvariants.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.InputException;
import dev.talkmine.doc.Document;
import dev.talkmine.doc.InputFormat;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    private static final DocumentReader READER = DocumentReader.utf8();
    private static final String REPORT = "FooConf 2024\n\nMira Okafor gave the keynote.\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void readsAPlainTextFile() throws IOException {
        Path file = write("fooconf-2024.txt", utf8(REPORT));
        Document doc = READER.read(file);
        assertThat(doc.id()).isEqualTo("fooconf-2024");
        assertThat(doc.path()).isEqualTo(file.toString());
        assertThat(doc.format()).isEqualTo(InputFormat.TXT);
        assertThat(doc.text()).isEqualTo(REPORT);
        assertThat(doc.sha256()).isEqualTo(sha256Hex(utf8(REPORT)));
        assertThat(describe(doc)).containsExactly("TITLE 0: FooConf 2024", "PARAGRAPH 0: Mira Okafor gave the keynote.");
    }

    @Test
    void sha256IsOfTheRawBytes() {
        Document doc = READER.read("x", "-", utf8("abc"), InputFormat.TXT);
        assertThat(doc.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(doc.path()).isEqualTo("-");
    }

    @Test
    void idDropsOnlyTheLastExtension() throws IOException {
        assertThat(READER.read(write("notes.v2.md", utf8("Text."))).id()).isEqualTo("notes.v2");
    }

    @Test
    void formatComesFromTheExtension() throws IOException {
        assertThat(READER.read(write("a.markdown", utf8("# T\n"))).format()).isEqualTo(InputFormat.MD);
        assertThat(READER.read(write("b.HTM", utf8("<p>T</p>"))).format()).isEqualTo(InputFormat.HTML);
        assertThat(READER.read(write("c.text", utf8("T"))).format()).isEqualTo(InputFormat.TXT);
    }

    @Test
    void readsAnHtmlFixture() throws URISyntaxException {
        Path fixture = Path.of(getClass().getResource("fooconf-2024.html").toURI());
        Document doc = READER.read(fixture);
        assertWellFormed(doc);
        assertThat(doc.id()).isEqualTo("fooconf-2024");
        assertThat(doc.text()).doesNotContain("do-not-render", "Archive", "rights reserved");
        assertThat(describe(doc)).containsExactly(
                "TITLE 0: FooConf 2024: my notes",
                "PARAGRAPH 0: FooConf is a small compiler conference in a harbour town. Here is what I saw.",
                "HEADING 2: Keynote",
                "PARAGRAPH 0: Mira Okafor (Example Labs) opened with a talk on incremental parsing.",
                "HEADING 2: Talks",
                "LIST_ITEM 1: - Tomasz Lind: Automata for log files",
                "LIST_ITEM 1: - Priya Raman: streams without tears");
    }

    @Test
    void unsupportedExtension() throws IOException {
        Path file = write("slides.pdf", utf8("x"));
        assertThatThrownBy(() -> READER.read(file)).isInstanceOf(InputException.class).hasMessage(
                file + ": unsupported file type '.pdf'; talkmine reads .txt, .md, .markdown, .html, .htm");
        Path bare = write("README", utf8("x"));
        assertThatThrownBy(() -> READER.read(bare)).hasMessageStartingWith(bare + ": unsupported file type (no extension)");
    }

    @Test
    void missingFileAndDirectory() throws IOException {
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> READER.read(missing)).isInstanceOf(InputException.class)
                .hasMessage(missing + ": no such file");
        Path folder = Files.createDirectory(dir.resolve("folder.md"));
        assertThatThrownBy(() -> READER.read(folder)).isInstanceOf(InputException.class)
                .hasMessage(folder + ": is a directory, not a report");
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(REPORT));
        Document doc = READER.read("r", "r.txt", bytes, InputFormat.TXT);
        assertThat(doc.text()).isEqualTo(REPORT);
        assertThat(doc.sha256()).isEqualTo(sha256Hex(bytes));
        assertThat(describe(doc)).startsWith("TITLE 0: FooConf 2024");
    }

    @Test
    void utf16ByteOrderMarksAreHonoured() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, REPORT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(READER.read("r", "r.txt", le, InputFormat.TXT).text()).isEqualTo(REPORT);
        assertThat(READER.read("r", "r.txt", be, InputFormat.TXT).text()).isEqualTo(REPORT);
    }

    @Test
    void invalidUtf8NamesTheFileAndTheOffset() throws IOException {
        byte[] bytes = concat(utf8("Caf\u00e9 at FooConf, "), new byte[] {(byte) 0xE9, 'x'});
        Path file = write("latin1.txt", bytes);
        int offset = utf8("Caf\u00e9 at FooConf, ").length;
        assertThatThrownBy(() -> READER.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": not valid UTF-8 at byte offset " + offset + " (byte 0xE9)")
                .hasMessageContaining("--encoding");
    }

    @Test
    void offsetCountsAUtf8ByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF};
        assertThatThrownBy(() -> READER.read("r", "r.txt", bytes, InputFormat.TXT))
                .hasMessageStartingWith("r.txt: not valid UTF-8 at byte offset 4 (byte 0xFF)");
    }

    @Test
    void truncatedSequenceAtTheEnd() {
        byte[] bytes = {'a', 'b', (byte) 0xC3};
        assertThatThrownBy(() -> READER.read("r", "r.txt", bytes, InputFormat.TXT))
                .hasMessageStartingWith("r.txt: not valid UTF-8 at byte offset 2");
    }

    @Test
    void latin1WithTheUsersCharset() {
        byte[] bytes = "Ren\u00e9 M\u00fcller spoke.".getBytes(StandardCharsets.ISO_8859_1);
        Document doc = DocumentReader.withCharset(StandardCharsets.ISO_8859_1).read("r", "r.txt", bytes, InputFormat.TXT);
        assertThat(doc.text()).isEqualTo("Ren\u00e9 M\u00fcller spoke.");
    }

    @Test
    void utf16WithoutByteOrderMarkWhenTheUserSaysSo() {
        byte[] bytes = REPORT.getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> READER.read("r", "r.txt", bytes, InputFormat.TXT)).hasMessageContaining("binary");
        assertThat(DocumentReader.withCharset(StandardCharsets.UTF_16LE).read("r", "r.txt", bytes, InputFormat.TXT).text())
                .isEqualTo(REPORT);
    }

    @Test
    void binaryIsRejected() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};
        assertThatThrownBy(() -> READER.read("r", "archive.txt", bytes, InputFormat.TXT))
                .isInstanceOf(InputException.class)
                .hasMessage("archive.txt: looks like a binary file (NUL byte at offset 4), not a text report");
    }

    @Test
    void emptyAndBlankReportsAreRejected() {
        for (String content : new String[] {"", "   \n\t\r\n", "\u00a0\n"}) {
            assertThatThrownBy(() -> READER.read("r", "r.txt", utf8(content), InputFormat.TXT))
                    .isInstanceOf(InputException.class).hasMessage("r.txt: empty report");
        }
        byte[] bomOnly = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThatThrownBy(() -> READER.read("r", "r.md", bomOnly, InputFormat.MD)).hasMessage("r.md: empty report");
    }

    @Test
    void markupWithoutTextIsRejected() {
        assertThatThrownBy(() -> READER.read("r", "r.html", utf8("<script>x()</script><img src=a.png>"), InputFormat.HTML))
                .isInstanceOf(InputException.class)
                .hasMessage("r.html: empty report (no text once the markup is removed)");
    }

    @Test
    void sizeLimit() throws IOException {
        DocumentReader small = READER.withMaxBytes(10);
        assertThat(small.maxBytes()).isEqualTo(10);
        assertThat(READER.maxBytes()).isEqualTo(DocumentReader.DEFAULT_MAX_BYTES).isEqualTo(20L * 1024 * 1024);
        assertThat(small.read("r", "r.txt", utf8("0123456789"), InputFormat.TXT).text()).isEqualTo("0123456789");
        assertThatThrownBy(() -> small.read("r", "r.txt", utf8("0123456789A"), InputFormat.TXT))
                .isInstanceOf(InputException.class)
                .hasMessage("r.txt: 11 bytes exceeds the limit of 10 bytes (--max-size)");
        Path file = write("big.txt", utf8("0123456789AB"));
        assertThatThrownBy(() -> small.read(file)).hasMessage(file + ": 12 bytes exceeds the limit of 10 bytes (--max-size)");
        assertThatThrownBy(() -> READER.withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withMaxBytesKeepsTheCharset() {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        assertThat(DocumentReader.withCharset(latin1).withMaxBytes(5).charset()).isEqualTo(latin1);
        assertThat(READER.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void crlfTextIsTheFileContentExactly() throws IOException {
        String content = "FooConf 2024\r\n\r\nKeynotes\r\n\r\nMira Okafor spoke about parsers, and the room\r\n"
                + "was full.\r\n\r\n- Tomasz Lind\r\n- Priya Raman\r\n";
        Path file = write("crlf.txt", utf8(content));
        Document doc = READER.read(file);
        assertThat(doc.text()).isEqualTo(content).isEqualTo(Files.readString(file));
        assertWellFormed(doc);
        assertThat(describe(doc)).containsExactly("TITLE 0: FooConf 2024", "HEADING 2: Keynotes",
                "PARAGRAPH 0: Mira Okafor spoke about parsers, and the room\r\nwas full.",
                "LIST_ITEM 1: - Tomasz Lind", "LIST_ITEM 1: - Priya Raman");
    }

    @Test
    void markdownFileEndToEnd() throws IOException {
        Document doc = READER.read(write("r.md", utf8("---\ntitle: x\n---\n# FooConf\n\n* [Mira](http://m.example) spoke\n")));
        assertWellFormed(doc);
        assertThat(doc.text()).isEqualTo("FooConf\n\n- Mira spoke");
        assertThat(describe(doc)).containsExactly("TITLE 0: FooConf", "LIST_ITEM 1: - Mira spoke");
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}

package dev.talkmine.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies an Office Open XML package (a zip) so that the same content always gives the same bytes:
 * every entry gets one fixed time, and the creation time that writers put into
 * {@code docProps/core.xml} (fastexcel writes the current instant, with no way to set it) is left
 * out. Entries keep their order and content otherwise, compressed once here.
 */
final class DeterministicZip {
    /** The zip format's earliest date, as reproducible-build tools use. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** The deflate level: fastexcel's choice, a good size for little time on XML. */
    static final int LEVEL = 4;

    private static final String CORE_PROPERTIES = "docProps/core.xml";
    // optional in OPC core properties, so leaving it out keeps the package valid
    private static final Pattern CREATED = Pattern.compile("<dcterms:created\\b[^>]*>[^<]*</dcterms:created>");

    private DeterministicZip() {
    }

    /**
     * Writes the entries of {@code zip} to {@code out} as a new zip archive; does not close {@code out}.
     *
     * @throws IOException if {@code zip} cannot be read or {@code out} written
     */
    static void copy(Path zip, OutputStream out) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile());
             ZipOutputStream z = new ZipOutputStream(new FilterOutputStream(out) {
                 @Override
                 public void write(byte[] b, int off, int len) throws IOException {
                     out.write(b, off, len); // FilterOutputStream would write byte by byte
                 }

                 @Override
                 public void close() throws IOException {
                     flush(); // the caller owns the stream
                 }
             })) {
            z.setLevel(LEVEL);
            z.setMethod(ZipOutputStream.DEFLATED);
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry from = entries.nextElement();
                ZipEntry to = new ZipEntry(from.getName());
                to.setTimeLocal(ENTRY_TIME);
                z.putNextEntry(to);
                try (InputStream data = in.getInputStream(from)) {
                    if (from.getName().equals(CORE_PROPERTIES)) {
                        String xml = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                        z.write(CREATED.matcher(xml).replaceAll("").getBytes(StandardCharsets.UTF_8));
                    } else {
                        data.transferTo(z);
                    }
                }
                z.closeEntry();
            }
        }
    }
}

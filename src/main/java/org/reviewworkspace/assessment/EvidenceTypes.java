package org.reviewworkspace.assessment;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file really is, judged from its first bytes and structure, never from its name: the
 * allow-list of evidence types (PDF, PNG, JPEG, office documents, CSV, plain text). The name is
 * only used to tell CSV from plain text, which no content can decide.
 */
final class EvidenceTypes {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String CSV = "text/csv";
    static final String TEXT = "text/plain";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String DOC = "application/msword";
    static final String XLS = "application/vnd.ms-excel";
    static final String PPT = "application/vnd.ms-powerpoint";
    private static final String ODF_PREFIX = "application/vnd.oasis.opendocument.";

    /** The content type of an accepted file, or why it is refused. */
    record Verdict(String contentType, String refusal) {
        static Verdict accept(String contentType) {
            return new Verdict(contentType, null);
        }

        static Verdict refuse(String refusal) {
            return new Verdict(null, refusal);
        }

        boolean accepted() {
            return contentType != null;
        }
    }

    private EvidenceTypes() {
    }

    /** Judges {@code content}; {@code fileName} (already sanitised) names it in messages. */
    static Verdict sniff(String fileName, byte[] content) {
        if (content.length == 0) {
            return Verdict.refuse(fileName + " is empty.");
        }
        Optional<String> program = executable(content);
        if (program.isPresent()) {
            return Verdict.refuse(fileName + " is a program (" + program.get() + "), not a document; programs "
                    + "cannot be attached as evidence, whatever their name.");
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.accept(PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Verdict.accept(PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Verdict.accept(JPEG);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return zipDocument(content).map(Verdict::accept).orElseGet(() -> Verdict.refuse(fileName
                    + " is a ZIP archive but not an office document (Word, Excel, PowerPoint or OpenDocument)."));
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1})) {
            return legacyOffice(content).map(Verdict::accept).orElseGet(() -> Verdict.refuse(fileName
                    + " is neither a Word, Excel nor PowerPoint file (it may be an installer)."));
        }
        if (isText(content)) {
            return Verdict.accept(fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : TEXT);
        }
        return Verdict.refuse(fileName + " is not a type accepted as evidence. Accepted are PDF, PNG and JPEG "
                + "images, Word, Excel, PowerPoint and OpenDocument files, CSV and plain text.");
    }

    /** A short name of a content type for lists, e.g. "PDF" or "Word". */
    static String label(String contentType) {
        return switch (contentType) {
            case PDF -> "PDF";
            case PNG -> "PNG image";
            case JPEG -> "JPEG image";
            case CSV -> "CSV";
            case TEXT -> "Text";
            case DOCX, DOC -> "Word";
            case XLSX, XLS -> "Excel";
            case PPTX, PPT -> "PowerPoint";
            default -> contentType.startsWith(ODF_PREFIX) ? "OpenDocument" : contentType;
        };
    }

    /** Whether browsers may show the type in place: images and PDFs, nothing that can run script. */
    static boolean previewable(String contentType) {
        return PDF.equals(contentType) || PNG.equals(contentType) || JPEG.equals(contentType);
    }

    private static Optional<String> executable(byte[] c) {
        if (startsWith(c, new byte[] {0x7F, 'E', 'L', 'F'})) {
            return Optional.of("a Linux executable");
        }
        if (startsWith(c, new byte[] {'M', 'Z'})) {
            return Optional.of("a Windows executable");
        }
        if (startsWith(c, new byte[] {'#', '!'})) {
            return Optional.of("a script");
        }
        int[][] machO = {{0xFE, 0xED, 0xFA, 0xCE}, {0xFE, 0xED, 0xFA, 0xCF}, {0xCE, 0xFA, 0xED, 0xFE},
                {0xCF, 0xFA, 0xED, 0xFE}, {0xCA, 0xFE, 0xBA, 0xBE}};
        for (int[] magic : machO) {
            byte[] bytes = new byte[magic.length];
            for (int i = 0; i < magic.length; i++) {
                bytes[i] = (byte) magic[i];
            }
            if (startsWith(c, bytes)) {
                return Optional.of("a macOS executable");
            }
        }
        return Optional.empty();
    }

    /**
     * OOXML (a ZIP with {@code [Content_Types].xml} and a {@code word/}, {@code xl/} or {@code ppt/}
     * part) or OpenDocument (a ZIP whose first entry {@code mimetype} names the type). Entry names
     * come from the central directory, so nothing is decompressed and a ZIP bomb costs nothing.
     */
    private static Optional<String> zipDocument(byte[] c) {
        List<String> names = zipEntryNames(c);
        if (names.contains("[Content_Types].xml")) {
            if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
                return Optional.of(DOCX);
            }
            if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
                return Optional.of(XLSX);
            }
            if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
                return Optional.of(PPTX);
            }
        }
        return odfMimetype(c);
    }

    private static Optional<String> odfMimetype(byte[] c) {
        ByteBuffer in = ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN);
        if (c.length < 30) {
            return Optional.empty();
        }
        int method = in.getShort(8) & 0xFFFF;
        long size = in.getInt(18) & 0xFFFFFFFFL;
        int nameLength = in.getShort(26) & 0xFFFF;
        int extraLength = in.getShort(28) & 0xFFFF;
        int start = 30 + nameLength + extraLength;
        if (method != 0 || size > 200 || start + size > c.length || 30 + nameLength > c.length) {
            return Optional.empty();
        }
        String name = new String(c, 30, nameLength, StandardCharsets.US_ASCII);
        String type = new String(c, start, (int) size, StandardCharsets.US_ASCII).trim();
        return "mimetype".equals(name) && type.startsWith(ODF_PREFIX) && type.matches("[a-z0-9.+/-]+")
                ? Optional.of(type) : Optional.empty();
    }

    private static List<String> zipEntryNames(byte[] c) {
        List<String> names = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = c.length - 22; i >= Math.max(0, c.length - 22 - 0xFFFF); i--) {
            if (in.getInt(i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return names;
        }
        int count = in.getShort(end + 10) & 0xFFFF;
        long offset = in.getInt(end + 16) & 0xFFFFFFFFL;
        int pos = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < count && pos >= 0 && pos + 46 <= c.length; i++) {
            if (in.getInt(pos) != 0x02014b50) {
                break;
            }
            int nameLength = in.getShort(pos + 28) & 0xFFFF;
            int extraLength = in.getShort(pos + 30) & 0xFFFF;
            int commentLength = in.getShort(pos + 32) & 0xFFFF;
            if (pos + 46 + nameLength > c.length) {
                break;
            }
            names.add(new String(c, pos + 46, nameLength, StandardCharsets.UTF_8));
            pos += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** An OLE2 compound file is a Word, Excel or PowerPoint file when it holds their main stream. */
    private static Optional<String> legacyOffice(byte[] c) {
        if (contains(c, utf16("WordDocument"))) {
            return Optional.of(DOC);
        }
        if (contains(c, utf16("Workbook")) || contains(c, utf16("Book"))) {
            return Optional.of(XLS);
        }
        if (contains(c, utf16("PowerPoint Document"))) {
            return Optional.of(PPT);
        }
        return Optional.empty();
    }

    /** Valid UTF-8 without NUL and without control characters other than tab, CR and LF. */
    private static boolean isText(byte[] c) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(c)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().noneMatch(ch -> (ch < 0x20 && ch != '\t' && ch != '\r' && ch != '\n') || ch == 0x7F);
    }

    private static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean startsWith(byte[] c, byte[] prefix) {
        if (c.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (c[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] c, byte[] part) {
        outer:
        for (int i = 0; i <= c.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (c[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

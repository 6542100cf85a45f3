package org.zhengwu.supervision.internal.bulletin;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.RuleViolation;

/**
 * The Chinese font embedded (as a subset: only the glyphs used) in the bulletin's PDF: the file set by
 * {@code zhengwu.supervision.bulletin-font}, else the first one installed of Debian's permissively licensed CJK
 * TrueType fonts — WenQuanYi Micro Hei ({@code fonts-wqy-microhei}, Apache-2.0), which has Latin letters and
 * digits too. A .ttc collection gives its first font. Without any, the PDF is refused with a message saying what
 * to install; the .docx needs none (the reader's word processor brings its fonts).
 */
@Component
class BulletinFont {

    static final List<String> DEBIAN = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc");

    private final String configured;

    BulletinFont(@Value("${zhengwu.supervision.bulletin-font:}") String configured) {
        this.configured = configured;
    }

    Optional<File> file() {
        if (!configured.isBlank()) {
            File f = new File(configured);
            return f.canRead() ? Optional.of(f) : Optional.empty();
        }
        return DEBIAN.stream().map(File::new).filter(File::canRead).findFirst();
    }

    /**
     * Loads the font into the document for subset embedding. A collection stays open until the document is saved
     * (the subset is cut then): the caller closes what {@code open} collects.
     */
    PDType0Font load(PDDocument document, List<AutoCloseable> open) throws IOException {
        File file = file().orElseThrow(() -> new RuleViolation("scores.bulletin.no-font",
                configured.isBlank() ? DEBIAN.get(0) : configured));
        if (!file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            return PDType0Font.load(document, file);
        }
        TrueTypeCollection collection = new TrueTypeCollection(file);
        open.add(collection);
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        collection.processAllFonts(font -> first.compareAndSet(null, font));
        return PDType0Font.load(document, first.get(), true);
    }
}

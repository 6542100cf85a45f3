package org.zhengwu.search.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.zhengwu.search.SearchDocument;
import org.zhengwu.search.SearchHit;

/**
 * What a result shows of a document, and the text its snippet is cut from ({@code body}, the folded body, and
 * {@code foldedTitle}), kept in the index as one binary doc value. A page of results reads it straight from the
 * index file: stored fields would decompress a block of neighbouring documents for each hit, which was a fifth of a
 * query's CPU (SearchBench). The doc value is not compressed.
 */
record PageRecord(long id, String siteCode, String siteName, String column, String title, String url,
                  LocalDate date, String kind, String body, String foldedTitle) {

    static final String FIELD = "page";
    private static final long NO_DAY = Long.MIN_VALUE;

    /**
     * The id, the day (epoch day, or none) and each text as its length and its UTF-16 code units, little-endian: two
     * bytes a Chinese character instead of UTF-8's three, and read back by copying instead of decoding.
     */
    static BytesRef encode(SearchDocument d) {
        String[] texts = {d.siteCode(), d.siteName(), d.column(), d.title(), d.url(), d.kind(), d.foldedText(),
                d.foldedTitle()};
        int size = 2 * Long.BYTES;
        for (int i = 0; i < texts.length; i++) {
            texts[i] = texts[i] == null ? "" : texts[i];
            size += Integer.BYTES + 2 * texts[i].length();
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(d.id()).putLong(d.date() == null ? NO_DAY : d.date().toEpochDay());
        for (String text : texts) {
            out.putInt(text.length());
            out.asCharBuffer().put(text);
            out.position(out.position() + 2 * text.length());
        }
        return new BytesRef(out.array());
    }

    static PageRecord decode(BytesRef bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).order(ByteOrder.LITTLE_ENDIAN);
        long id = in.getLong();
        long day = in.getLong();
        return new PageRecord(id, text(in), text(in), text(in), text(in), text(in),
                day == NO_DAY ? null : LocalDate.ofEpochDay(day), text(in), text(in), text(in));
    }

    private static String text(ByteBuffer in) {
        int length = in.getInt();
        String text = in.asCharBuffer().limit(length).toString();
        in.position(in.position() + 2 * length);
        return text;
    }

    /** The records of these documents, in the same order. */
    static PageRecord[] read(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        // a doc value is read forwards: visit the documents in index order, one segment after the other
        java.util.Arrays.sort(byDoc, (a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        PageRecord[] records = new PageRecord[docs.length];
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : byDoc) {
            int doc = docs[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getBinaryDocValues(FIELD);
            }
            if (values == null || !values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("search index document without its page record: " + doc);
            }
            records[i] = decode(values.binaryValue());
        }
        return records;
    }

    SearchHit hit(String snippet) {
        return new SearchHit(id, siteCode, siteName, column, title, url, date, kind, snippet);
    }
}

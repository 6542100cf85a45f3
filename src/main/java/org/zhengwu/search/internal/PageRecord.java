package org.zhengwu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.zhengwu.search.SearchDocument;
import org.zhengwu.search.SearchHit;

/**
 * What a result shows of a document, and the text its snippet is cut from ({@code body}, the folded body, and
 * {@code foldedTitle}), kept in the index as one binary doc value. A page of results reads it straight from the
 * index file: stored fields would decompress a block of neighbouring documents for each hit, which was a fifth of a
 * query's CPU (SearchBench). The doc value is not compressed, so the index is about a quarter larger.
 */
record PageRecord(long id, String siteCode, String siteName, String column, String title, String url,
                  LocalDate date, String kind, String body, String foldedTitle) {

    static final String FIELD = "page";

    static BytesRef encode(SearchDocument d) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVLong(d.id());
            for (String s : new String[] {d.siteCode(), d.siteName(), d.column(), d.title(), d.url(), d.kind(),
                    d.foldedText(), d.foldedTitle()}) {
                out.writeString(s == null ? "" : s);
            }
            out.writeZLong(d.date() == null ? Long.MIN_VALUE : d.date().toEpochDay());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writes to memory only
        }
        return new BytesRef(out.toArrayCopy());
    }

    static PageRecord decode(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        long id = in.readVLong();
        String siteCode = in.readString();
        String siteName = in.readString();
        String column = in.readString();
        String title = in.readString();
        String url = in.readString();
        String kind = in.readString();
        String body = in.readString();
        String foldedTitle = in.readString();
        long day = in.readZLong();
        return new PageRecord(id, siteCode, siteName, column, title, url,
                day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day), kind, body, foldedTitle);
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

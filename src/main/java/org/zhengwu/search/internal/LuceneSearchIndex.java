package org.zhengwu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.search.SearchDocument;
import org.zhengwu.search.SearchHit;
import org.zhengwu.search.SearchIndex;
import org.zhengwu.search.SearchQuery;
import org.zhengwu.search.SearchResults;

/**
 * The embedded index: Lucene under {@code {dataDir}/index}, text already folded to simplified script as words found
 * by HanLP ({@link HanlpAnalyzer}, for the ranking) and as character pairs ({@link CharacterGrams}, for the match),
 * queries made by {@link SearchMatching}. Searches read the last commit only, so a rebuild in progress (which deletes everything
 * first) is invisible until it commits; single changes commit at once.
 */
@Component
class LuceneSearchIndex implements SearchIndex, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);
    private static final String ID = SearchMatching.ID;
    private static final String SITE = SearchMatching.SITE;
    private static final String TITLE = SearchMatching.TITLE;
    private static final String TEXT_FIELD = SearchMatching.TEXT;
    private static final String GRAMS = SearchMatching.GRAMS;
    private static final String DOCNO = SearchMatching.DOCNO;
    private static final String COLUMN = SearchMatching.COLUMN;
    private static final String KIND = SearchMatching.KIND;
    private static final String DAY = SearchMatching.DAY;
    /** Raised when the fields change, so an index written by an older version is rebuilt at start (9: the character
     * pairs beside the words, which no longer keep positions or offsets). */
    static final String SCHEMA = "9";
    /** Words: matched and counted per document only, the ranking needs no more (the pairs hold the positions). */
    private static final FieldType WORDS;
    /** Character pairs: positions for phrases; snippets find their offsets in the text itself. */
    private static final FieldType PAIRS;

    static {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        WORDS = t;
        PAIRS = TextField.TYPE_NOT_STORED;
    }

    /** Lucene's default: the hits counted exactly before the ranking starts skipping. */
    private static final int SKIP_AFTER = 1000;
    private static final Sort NEWEST_FIRST = new Sort(new SortField(DAY, SortField.Type.LONG, true), SortField.FIELD_SCORE);

    /** HanLP's words for every field but the pairs. */
    private final Analyzer documentAnalyzer = new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(
            HanlpAnalyzer.forDocuments(), Map.of(GRAMS, CharacterGrams.analyzer(true)));
    private final Analyzer queryAnalyzer = HanlpAnalyzer.forQueries();
    private final SearchMatching matching = new SearchMatching(queryAnalyzer);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean needsRebuild;
    private volatile boolean rebuilding;

    @org.springframework.beans.factory.annotation.Autowired
    LuceneSearchIndex(DataDirectory data) throws IOException {
        this(data.resolve("index"));
    }

    LuceneSearchIndex(Path path) throws IOException {
        this(path, false);
    }

    /**
     * The index at {@code path} for reading only (measurements, tools): no writer is opened, so nothing in the
     * directory is locked, created or deleted.
     */
    static LuceneSearchIndex readOnly(Path path) throws IOException {
        return new LuceneSearchIndex(path, true);
    }

    private LuceneSearchIndex(Path path, boolean readOnly) throws IOException {
        this.directory = FSDirectory.open(path);
        if (readOnly) {
            this.needsRebuild = false;
            this.writer = null;
            this.searchers = new SearcherManager(directory, UNCACHED);
            return;
        }
        boolean readable;
        boolean outdated = false;
        try {
            readable = DirectoryReader.indexExists(directory);
            if (readable) {
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    outdated = !SCHEMA.equals(reader.getIndexCommit().getUserData().get("schema"));
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("搜索索引无法读取，将从数据库重建: {}", e.toString());
            readable = false;
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file); // start clean: the database holds everything the index had
                }
            }
        }
        this.needsRebuild = !readable || outdated;
        if (outdated) {
            log.info("搜索索引字段已更新，将从数据库重建: {}", directory);
        }
        IndexWriterConfig config = new IndexWriterConfig(documentAnalyzer).setRAMBufferSizeMB(128)
                .setOpenMode(readable ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
        IndexWriter opened;
        try {
            opened = new IndexWriter(directory, config);
            if (!readable) {
                opened.setLiveCommitData(Map.of("schema", SCHEMA).entrySet());
                opened.commit();
            }
        } catch (LockObtainFailedException e) {
            // another process (the server, while a command runs) holds the index: read it, leave changes to that one
            log.warn("搜索索引正被另一进程使用，本进程只读: {}", directory);
            opened = null;
        }
        this.writer = opened;
        this.searchers = DirectoryReader.indexExists(directory) ? new SearcherManager(directory, UNCACHED) : null;
    }

    /**
     * Searchers without Lucene's query cache: every query here is a fresh combination of words, and the cache's one
     * lock is where concurrent searches queued.
     */
    private static final org.apache.lucene.search.SearcherFactory UNCACHED = new org.apache.lucene.search.SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                         org.apache.lucene.index.IndexReader previous) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            return searcher;
        }
    };

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("search index is held by another process: " + directory);
        }
        return writer;
    }

    @Override
    public boolean needsRebuild() {
        return needsRebuild;
    }

    @Override
    public synchronized void index(SearchDocument d) {
        try {
            writer().updateDocument(new Term(ID, d.key()), document(d));
            commitUnlessRebuilding();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void indexAll(java.util.Collection<SearchDocument> documents) {
        try {
            for (SearchDocument d : documents) {
                writer().updateDocument(new Term(ID, d.key()), document(d));
            }
            commitUnlessRebuilding();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(long itemId) {
        removeKey(Long.toString(itemId));
    }

    @Override
    public synchronized void removeKey(String key) {
        try {
            writer().deleteDocuments(new Term(ID, key));
            commitUnlessRebuilding();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commitUnlessRebuilding() throws IOException {
        if (!rebuilding) {
            writer.commit();
            searchers.maybeRefreshBlocking();
        }
    }

    @Override
    public synchronized Rebuild reindexAll() {
        if (rebuilding) {
            throw new IllegalStateException("search index rebuild already running");
        }
        try {
            writer().deleteAll();
            rebuilding = true;
        } catch (IOException e) {
            rebuilding = false;
            throw new UncheckedIOException(e);
        }
        return new Rebuild() {
            private boolean done;

            @Override
            public void add(SearchDocument d) {
                try {
                    // the index was emptied and an item comes once: no need to look for an older copy
                    writer.addDocument(document(d));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void commit() {
                publish();
                // then one segment: each segment costs every query its own term lookups and postings (SearchBench:
                // 0.97 ms of CPU per query on one segment, 1.36 ms on the 14 a rebuild leaves). The new index is
                // searched meanwhile; single changes go on and commit as usual.
                try {
                    writer.forceMerge(1);
                    synchronized (LuceneSearchIndex.this) {
                        writer.commit();
                        searchers.maybeRefreshBlocking();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private void publish() {
                synchronized (LuceneSearchIndex.this) {
                    try {
                        writer.setLiveCommitData(Map.of("schema", SCHEMA).entrySet());
                        writer.commit();
                        searchers.maybeRefreshBlocking();
                        done = true;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        rebuilding = false;
                    }
                }
            }

            @Override
            public void close() {
                if (!done) {
                    // the deletions stay uncommitted: the next commit publishes them, so publish what was added
                    publish();
                }
            }
        };
    }

    private static Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.key(), Field.Store.NO));
        doc.add(new StringField(SITE, d.siteCode(), Field.Store.NO));
        doc.add(new StringField(COLUMN, nz(d.columnCode()), Field.Store.NO));
        doc.add(new StringField(KIND, nz(d.kind()), Field.Store.NO));
        long day = d.date() == null ? Long.MIN_VALUE : d.date().toEpochDay();
        doc.add(new org.apache.lucene.document.LongPoint(DAY, day));
        doc.add(new org.apache.lucene.document.NumericDocValuesField(DAY, day));
        doc.add(new BinaryDocValuesField(PageRecord.FIELD, PageRecord.encode(d)));
        doc.add(new Field(TITLE, nz(d.foldedTitle()), WORDS));
        // body first, as the snippets' text (PageRecord) has them
        doc.add(new Field(TEXT_FIELD, nz(d.foldedText()), WORDS));
        doc.add(new Field(TEXT_FIELD, nz(d.foldedTitle()), WORDS));
        doc.add(new Field(GRAMS, nz(d.foldedText()), PAIRS));
        doc.add(new Field(GRAMS, nz(d.foldedTitle()), PAIRS));
        java.util.Set<String> numbers = new java.util.LinkedHashSet<>(DocumentNumbers.indexTerms(d.foldedTitle()));
        numbers.addAll(DocumentNumbers.indexTerms(d.foldedText()));
        numbers.addAll(DocumentNumbers.indexTerms(d.documentNo()));
        for (String number : numbers) {
            doc.add(new StringField(DOCNO, number, Field.Store.NO));
        }
        return doc;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public SearchResults search(SearchQuery q) {
        SearchMatching.Matching m = matching.of(q);
        if (m == null || searchers == null) {
            return SearchResults.none();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int n = Math.max(1, q.offset() + q.limit());
                // the count from the terms' statistics where the index has it (one word, nothing deleted): then the
                // ranking may skip what cannot reach the page; else one pass ranks and counts every match, cheaper
                // than a skipping pass and a counting pass over the same postings (SearchBench)
                long known = countFromStatistics(searcher, m.required());
                int counted = known >= 0 ? SKIP_AFTER : Integer.MAX_VALUE;
                TopDocs top = q.byDate()
                        ? searcher.search(m.ranked(), new TopFieldCollectorManager(NEWEST_FIRST, n, counted))
                        : searcher.search(m.ranked(), new TopScoreDocCollectorManager(n, counted));
                long total = known >= 0 ? known : top.totalHits.value;
                ScoreDoc[] docs = top.scoreDocs;
                int from = Math.min(q.offset(), docs.length);
                ScoreDoc[] pageDocs = java.util.Arrays.copyOfRange(docs, from, docs.length);
                PageRecord[] records = PageRecord.read(searcher, pageDocs);
                String[] snippets = SnippetHighlighter.of(searcher, queryAnalyzer, TEXT_FIELD, m.required(), m.marks(),
                        pageDocs, records);
                List<SearchHit> hits = new ArrayList<>(pageDocs.length);
                for (int i = 0; i < pageDocs.length; i++) {
                    hits.add(records[i].hit(snippets[i]));
                }
                return new SearchResults(total, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents match, when every segment knows without visiting them; else -1. */
    private static long countFromStatistics(IndexSearcher searcher, Query required) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(required), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int count = weight.count(leaf);
            if (count < 0) {
                return -1;
            }
            total += count;
        }
        return total;
    }

    @Override
    public void destroy() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }
}

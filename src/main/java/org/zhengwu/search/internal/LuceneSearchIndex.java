package org.zhengwu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
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
 * The embedded index: Lucene under {@code {dataDir}/index}, words found by HanLP ({@link HanlpAnalyzer}) in text
 * already folded to simplified script. Title and body keep their offsets in the postings, so the highlighter marks
 * the matches without analysing the text again. Searches read the last commit only, so a rebuild in progress (which deletes everything
 * first) is invisible until it commits; single changes commit at once.
 */
@Component
class LuceneSearchIndex implements SearchIndex, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);
    private static final String ID = "id";
    private static final String SITE = "site";
    /** The title alone, for ranking: a word in the title counts more. */
    private static final String TITLE = "title";
    /** Body and title as two values of one field: every word must be here (the snippets' text is in the PageRecord). */
    private static final String TEXT_FIELD = "text";
    private static final String DOCNO = "docno";
    private static final String COLUMN = "columnCode";
    private static final String KIND = "kindKey";
    private static final String DAY = "day";
    /** Raised when the fields change, so an index written by an older version is rebuilt at start (8: the service
     * hall's guides, keyed apart from content items). */
    static final String SCHEMA = "8";
    /** Analysed, with offsets in the postings for the highlighter. */
    private static final FieldType TEXT;

    static {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        TEXT = t;
    }

    /** Lucene's default: the hits counted exactly before the ranking starts skipping. */
    private static final int SKIP_AFTER = 1000;
    private static final Sort NEWEST_FIRST = new Sort(new SortField(DAY, SortField.Type.LONG, true), SortField.FIELD_SCORE);

    private final Analyzer documentAnalyzer = HanlpAnalyzer.forDocuments();
    private final Analyzer queryAnalyzer = HanlpAnalyzer.forQueries();
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
        doc.add(new TextField(TITLE, nz(d.foldedTitle()), Field.Store.NO));
        // body first: of two equally good passages the highlighter takes the earlier, so the snippet comes from the
        // body and the title (shown above it anyway) only when the body has no match
        doc.add(new Field(TEXT_FIELD, nz(d.foldedText()), TEXT));
        doc.add(new Field(TEXT_FIELD, nz(d.foldedTitle()), TEXT));
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
        Matching m = matching(q);
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
                String[] snippets = SnippetHighlighter.of(searcher, queryAnalyzer, TEXT_FIELD, m.marked(), pageDocs,
                        records);
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

    /**
     * What decides a match (every word, phrase and 文号, and the filters), the same with the title boosts, and the
     * words and phrases alone for the highlighter (the page's documents passed the rest already).
     */
    record Matching(Query required, Query ranked, Query marked) {
    }

    /**
     * Every word and every phrase must be in the title or the body; a match in the title counts more. Null when the
     * query holds nothing to search for.
     */
    Matching matching(SearchQuery q) {
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        BooleanQuery.Builder boosts = new BooleanQuery.Builder();
        BooleanQuery.Builder marked = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : q.words()) {
            DocumentNumbers.Match number;
            while ((number = DocumentNumbers.in(word)) != null) {
                // a 文号 matches as a whole, in whatever brackets either side wrote it
                required.add(new BoostQuery(new TermQuery(new Term(DOCNO, number.term())), 3f), Occur.MUST);
                clauses++;
                word = number.rest();
            }
            for (String token : tokens(word)) {
                TermQuery inText = new TermQuery(new Term(TEXT_FIELD, token));
                required.add(inText, Occur.MUST);
                marked.add(inText, Occur.SHOULD);
                boosts.add(new BoostQuery(new TermQuery(new Term(TITLE, token)), 3f), Occur.SHOULD);
                clauses++;
            }
        }
        for (String phrase : q.phrases()) {
            String[] tokens = tokens(DocumentNumbers.normalise(phrase)).toArray(String[]::new);
            if (tokens.length == 0) {
                continue;
            }
            PhraseQuery inText = new PhraseQuery(TEXT_FIELD, tokens);
            required.add(inText, Occur.MUST);
            marked.add(inText, Occur.SHOULD);
            boosts.add(new BoostQuery(new PhraseQuery(TITLE, tokens), 3f), Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        if (q.siteCode() != null) {
            required.add(new TermQuery(new Term(SITE, q.siteCode())), Occur.FILTER);
        }
        if (q.columnCode() != null) {
            required.add(new TermQuery(new Term(COLUMN, q.columnCode())), Occur.FILTER);
        }
        if (q.kind() != null) {
            required.add(new TermQuery(new Term(KIND, q.kind())), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            required.add(org.apache.lucene.document.LongPoint.newRangeQuery(DAY,
                    q.from() == null ? Long.MIN_VALUE + 1 : q.from().toEpochDay(),
                    q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay()), Occur.FILTER);
        }
        BooleanQuery must = required.build();
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(must, Occur.MUST);
        for (org.apache.lucene.search.BooleanClause c : boosts.build().clauses()) {
            ranked.add(c);
        }
        return new Matching(must, ranked.build(), marked.build());
    }

    /** The words the analyzer finds in this text (empty when it is only punctuation). */
    List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = queryAnalyzer.tokenStream(TEXT_FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && tokens.size() < 64) {
                tokens.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
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

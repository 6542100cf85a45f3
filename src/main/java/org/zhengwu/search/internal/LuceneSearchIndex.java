package org.zhengwu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
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
 * The embedded index: Lucene under {@code {dataDir}/index}, words found by the smart Chinese analyzer in text already
 * folded to simplified script. Searches read the last commit only, so a rebuild in progress (which deletes everything
 * first) is invisible until it commits; single changes commit at once.
 */
@Component
class LuceneSearchIndex implements SearchIndex, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);
    private static final String ID = "id";
    private static final String SITE = "site";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String DOCNO = "docno";
    private static final String COLUMN = "columnCode";
    private static final String KIND = "kindKey";
    private static final String DAY = "day";
    private static final int SNIPPET_CHARS = 120;
    /** Raised when the fields change, so an index written by an older version is rebuilt at start. */
    static final String SCHEMA = "2";

    private final Analyzer analyzer = new SmartChineseAnalyzer();
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
        this.directory = FSDirectory.open(path);
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
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
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
        this.searchers = DirectoryReader.indexExists(directory) ? new SearcherManager(directory, null) : null;
    }

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
            writer().updateDocument(new Term(ID, Long.toString(d.id())), document(d));
            commitUnlessRebuilding();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void remove(long itemId) {
        try {
            writer().deleteDocuments(new Term(ID, Long.toString(itemId)));
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
                    writer.updateDocument(new Term(ID, Long.toString(d.id())), document(d));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void commit() {
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
                    // the deletions stay uncommitted: the next commit publishes them, so commit what was added
                    commit();
                }
            }
        };
    }

    private static Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
        doc.add(new StringField(SITE, d.siteCode(), Field.Store.YES));
        doc.add(new StoredField("siteName", nz(d.siteName())));
        doc.add(new StoredField("column", nz(d.column())));
        doc.add(new StringField(COLUMN, nz(d.columnCode()), Field.Store.NO));
        doc.add(new StringField(KIND, nz(d.kind()), Field.Store.NO));
        long day = d.date() == null ? Long.MIN_VALUE : d.date().toEpochDay();
        doc.add(new org.apache.lucene.document.LongPoint(DAY, day));
        doc.add(new org.apache.lucene.document.NumericDocValuesField(DAY, day));
        doc.add(new StoredField("titleShown", nz(d.title())));
        doc.add(new StoredField("url", nz(d.url())));
        doc.add(new StoredField("date", d.date() == null ? "" : d.date().toString()));
        doc.add(new StoredField("kind", nz(d.kind())));
        doc.add(new TextField(TITLE, nz(d.foldedTitle()), Field.Store.YES));
        doc.add(new TextField(BODY, nz(d.foldedText()), Field.Store.YES));
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
        Query query = query(q);
        if (query == null || searchers == null) {
            return SearchResults.none();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int n = Math.max(1, q.offset() + q.limit());
                TopDocs top = q.byDate()
                        ? searcher.search(query, n, new org.apache.lucene.search.Sort(
                                new org.apache.lucene.search.SortField(DAY, org.apache.lucene.search.SortField.Type.LONG, true),
                                org.apache.lucene.search.SortField.FIELD_SCORE))
                        : searcher.search(query, n);
                long total = searcher.count(query);
                Highlighter highlighter = new Highlighter(
                        new SimpleHTMLFormatter(String.valueOf(SearchHit.MARK_START), String.valueOf(SearchHit.MARK_END)),
                        new QueryScorer(query));
                highlighter.setTextFragmenter(new SimpleFragmenter(SNIPPET_CHARS));
                List<SearchHit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = q.offset(); i < docs.length; i++) {
                    Document doc = searcher.storedFields().document(docs[i].doc);
                    hits.add(hit(doc, highlighter));
                }
                return new SearchResults(total, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchHit hit(Document doc, Highlighter highlighter) throws IOException {
        String body = doc.get(BODY);
        String snippet = null;
        try {
            snippet = highlighter.getBestFragment(analyzer, BODY, body);
            if (snippet == null) {
                String title = doc.get(TITLE);
                String marked = highlighter.getBestFragment(analyzer, TITLE, title);
                snippet = marked != null && body.isEmpty() ? marked : null;
            }
        } catch (InvalidTokenOffsetsException e) {
            snippet = null;
        }
        if (snippet == null) {
            snippet = body.length() > SNIPPET_CHARS ? body.substring(0, SNIPPET_CHARS) + "…" : body;
        }
        String date = doc.get("date");
        return new SearchHit(Long.parseLong(doc.get(ID)), doc.get(SITE), doc.get("siteName"), doc.get("column"),
                doc.get("titleShown"), doc.get("url"), date == null || date.isEmpty() ? null : LocalDate.parse(date),
                doc.get("kind"), snippet.strip());
    }

    /** Every word and every phrase must be in the title or the body; a match in the title counts more. */
    Query query(SearchQuery q) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : q.words()) {
            DocumentNumbers.Match number;
            while ((number = DocumentNumbers.in(word)) != null) {
                // a 文号 matches as a whole, in whatever brackets either side wrote it
                all.add(new BoostQuery(new TermQuery(new Term(DOCNO, number.term())), 3f), Occur.MUST);
                clauses++;
                word = number.rest();
            }
            for (String token : tokens(word)) {
                all.add(either(new TermQuery(new Term(TITLE, token)), new TermQuery(new Term(BODY, token))), Occur.MUST);
                clauses++;
            }
        }
        for (String phrase : q.phrases()) {
            List<String> tokens = tokens(DocumentNumbers.normalise(phrase));
            if (tokens.isEmpty()) {
                continue;
            }
            all.add(either(new PhraseQuery(TITLE, tokens.toArray(String[]::new)),
                    new PhraseQuery(BODY, tokens.toArray(String[]::new))), Occur.MUST);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        if (q.siteCode() != null) {
            all.add(new TermQuery(new Term(SITE, q.siteCode())), Occur.FILTER);
        }
        if (q.columnCode() != null) {
            all.add(new TermQuery(new Term(COLUMN, q.columnCode())), Occur.FILTER);
        }
        if (q.kind() != null) {
            all.add(new TermQuery(new Term(KIND, q.kind())), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            all.add(org.apache.lucene.document.LongPoint.newRangeQuery(DAY,
                    q.from() == null ? Long.MIN_VALUE + 1 : q.from().toEpochDay(),
                    q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay()), Occur.FILTER);
        }
        return all.build();
    }

    private static Query either(Query inTitle, Query inBody) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(inTitle, 3f), Occur.SHOULD)
                .add(inBody, Occur.SHOULD)
                .build();
    }

    /** The words the analyzer finds in this text (empty when it is only punctuation). */
    List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(BODY, text)) {
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

package org.zhengwu.search;

/**
 * The index of published items. The embedded implementation is Lucene under {@code {dataDir}/index}; a search
 * server (OpenSearch) can take its place behind this interface.
 */
public interface SearchIndex {

    /** Adds the item, or replaces it if it is there already. */
    void index(SearchDocument document);

    /** Adds or replaces many documents, made visible together (one commit instead of one each). */
    void indexAll(java.util.Collection<SearchDocument> documents);

    /** Removes a content item. */
    void remove(long itemId);

    /** Removes the document with this {@link SearchDocument#key()}. */
    void removeKey(String key);

    SearchResults search(SearchQuery query);

    /** Whether the index was missing or unreadable when opened, so it must be rebuilt from the database. */
    boolean needsRebuild();

    /**
     * Starts replacing everything: documents added to the returned rebuild replace the whole index when it is
     * committed; until then searches see the old index.
     */
    Rebuild reindexAll();

    /** A rebuild in progress. */
    interface Rebuild extends AutoCloseable {

        void add(SearchDocument document);

        void commit();

        /**
         * Ends the rebuild; if it was not committed (it failed part way), what was added so far is committed, since
         * the index cannot keep the old documents once it started replacing them. Rebuild again to complete it.
         */
        @Override
        void close();
    }
}

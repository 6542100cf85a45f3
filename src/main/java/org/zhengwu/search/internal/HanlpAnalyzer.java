package org.zhengwu.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

/**
 * The index's analysis: HanLP words, full-width Latin letters and digits folded to half width, lower case. The text
 * reaching it is already folded to simplified script. Documents are analysed in index mode (words and the words
 * inside them), queries without it (the words as the citizen wrote them).
 */
final class HanlpAnalyzer extends Analyzer {

    private final boolean indexMode;

    private HanlpAnalyzer(boolean indexMode) {
        this.indexMode = indexMode;
    }

    static HanlpAnalyzer forDocuments() {
        return new HanlpAnalyzer(true);
    }

    static HanlpAnalyzer forQueries() {
        return new HanlpAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        HanlpTokenizer tokenizer = new HanlpTokenizer(indexMode);
        TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
    }
}

package org.zhengwu.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishedPagesTest {

    @Test
    void readsWhichItemsAnItemPageLinksTo() {
        String page = "<p>上一篇：<a rel=\"prev\" href=\"/fgw/news/21.html\">甲</a></p><p>下一篇：<a rel=\"next\" href=\"/fgw/news/19.html\">乙</a></p>"
                + "<p><a class=\"policy-link\" href=\"/www/zcwj/5.html\">政策</a></p>";
        assertThat(PublishedPages.linkedItems(page)).containsExactly(21L, 19L, 5L);
        assertThat(PublishedPages.linkedItems("<p>上一篇：没有了</p><p>下一篇：没有了</p>")).isEmpty();
    }

    @Test
    void readsTheUnitNewsAPortalHomePageShows() {
        String html = "<main><section class=\"block wide\" aria-labelledby=\"unit-news\">\n<h2 id=\"unit-news\">各单位动态</h2>\n"
                + "<ul class=\"entries\">\n<li><a href=\"/fgw/news/12.html\">甲</a> <span class=\"from\">发改委</span></li>\n"
                + "<li><a href=\"/zh-hant/jyj/news/7.html\">乙</a></li>\n</ul>\n</section><section><li><a href=\"/www/news/99.html\">x</a></li></section>";
        assertThat(PublishedPages.shownUnitNews(html)).containsExactly(12L, 7L);
    }

    @Test
    void readsTheItemsEachColumnBlockOfAHomePageShows() {
        String html = "<section class=\"block\" aria-labelledby=\"b5\">\n<h2 id=\"b5\"><a href=\"/fgw/news/\">工作动态</a></h2>\n"
                + "<ul class=\"entries\">\n<li><a href=\"/fgw/news/9.html\">甲</a></li>\n<li><a href=\"/fgw/news/4.html\">乙</a></li>\n</ul>\n"
                + "<p class=\"more\"><a href=\"/fgw/news/\">更多</a></p>\n</section>"
                + "<section class=\"block\" aria-labelledby=\"b6\"><ul class=\"photos\"><li><img src=\"/uploads/a.jpg\" alt=\"\">"
                + "<a href=\"/fgw/photo/3.html\">图</a></li></ul></section>"
                + "<section class=\"block\" aria-labelledby=\"b7\"><ul><li><a href=\"https://example.org/\">外链</a></li></ul></section>";
        var blocks = PublishedPages.shownBlocks(html);
        assertThat(blocks).containsOnlyKeys(5L, 6L);
        assertThat(blocks.get(5L)).containsExactly(9L, 4L);
        assertThat(blocks.get(6L)).containsExactly(3L);
        assertThat(PublishedPages.shownBlocks(null)).isNull();
    }

    @Test
    void anAggregationItCannotReadFullyIsRecomputed() {
        assertThat(PublishedPages.shownUnitNews(null)).isNull();
        assertThat(PublishedPages.shownUnitNews("<main>no aggregation</main>")).isNull();
        String external = "<section class=\"block wide\" aria-labelledby=\"unit-news\"><ul>"
                + "<li><a href=\"https://example.org/x\" rel=\"noopener\">外链</a></li><li><a href=\"/fgw/news/3.html\">甲</a></li></ul></section>";
        assertThat(PublishedPages.shownUnitNews(external)).isNull();
        assertThat(PublishedPages.shownUnitNews("<section class=\"block wide\" aria-labelledby=\"unit-news\"><p class=\"empty\">暂无信息</p></section>")).isEmpty();
    }
}

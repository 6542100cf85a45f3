package org.zhengwu.supervision.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeScannerTest {

    private static List<String> links(String html) {
        List<String> found = new ArrayList<>();
        AttributeScanner.scan(html.getBytes(StandardCharsets.UTF_8), (b, s, e, image) ->
                found.add((image ? "img:" : "") + new String(b, s, e - s, StandardCharsets.UTF_8)));
        return found;
    }

    @Test
    void everyHrefAndSrcIsFoundWhateverTheQuoting() {
        assertThat(links("<a href=\"/a/\">甲</a><A HREF='/b.html'>乙</A><img alt=x src=/c.png><link rel=stylesheet href=/d.css>"))
                .containsExactly("/a/", "/b.html", "img:/c.png", "/d.css");
    }

    @Test
    void commentsScriptsAndStylesAreNotMarkup() {
        assertThat(links("<!-- <a href=\"/gone\"> --><script>var s = '<a href=\"/js\">';</script>"
                + "<style>a[href=\"/css\"]{}</style><a href=\"/kept\">x</a>")).containsExactly("/kept");
    }

    @Test
    void aScriptsOwnSourceCounts() {
        assertThat(links("<script src=\"/app.js\"></script><a href=\"/after\">x</a>")).containsExactly("/app.js", "/after");
    }

    @Test
    void textThatLooksLikeATagIsText() {
        assertThat(links("<p>1 < 2 and a<b</p><a href=\"/x\">x</a>")).containsExactly("/x");
    }

    @Test
    void theMainElementIsMarked() {
        String html = "<header><a href=\"/nav\">导航</a></header><main id=\"main\"><p>正文</p></main><footer></footer>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        AttributeScanner.Main main = AttributeScanner.scan(bytes, (b, s, e, image) -> { });
        assertThat(new String(bytes, main.start(), main.end() - main.start(), StandardCharsets.UTF_8)).isEqualTo("<p>正文</p>");
    }

    @Test
    void anUnterminatedTagEndsThePage() {
        assertThat(links("<a href=\"/one\">x</a><a href=\"/two")).containsExactly("/one");
    }
}

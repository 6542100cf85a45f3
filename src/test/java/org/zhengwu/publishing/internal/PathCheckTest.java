package org.zhengwu.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathCheckTest {

    @Test
    void plainPublicPathsPass() {
        assertThat(PublicPageFilter.check("/")).isZero();
        assertThat(PublicPageFilter.check("/www/")).isZero();
        assertThat(PublicPageFilter.check("/zh-hant/fgw/news/12.html")).isZero();
        assertThat(PublicPageFilter.check("/fgw/news/index_2.html")).isZero();
    }

    @Test
    void climbingOutIsABadRequest() {
        for (String p : new String[] {"/..", "/../x", "/a/../b", "/a/./b", "/%2e%2e/x", "/%2E%2e/x", "/a%2fb", "/a%5Cb",
                "/a\\b", "/a%00", "/a\u0000b", "//x", "relative"}) {
            assertThat(PublicPageFilter.check(p)).as(p).isEqualTo(400);
        }
    }

    @Test
    void namesNoPageCouldHaveAreNotFound() {
        for (String p : new String[] {"/.hidden", "/www/.index.html.1f.tmp", "/www/%E5%8F%91.html", "/www/a b", "/www/发.html", "/a:b"}) {
            assertThat(PublicPageFilter.check(p)).as(p).isEqualTo(404);
        }
    }

    @Test
    void theApplicationsOwnPathsAreLeftToIt() {
        assertThat(PublicPageFilter.applicationPath("/admin/sites")).isTrue();
        assertThat(PublicPageFilter.applicationPath("/_zw/mode.css")).isTrue();
        assertThat(PublicPageFilter.applicationPath("/search")).isTrue();
        assertThat(PublicPageFilter.applicationPath("/assets/site.css")).isTrue();
        assertThat(PublicPageFilter.applicationPath("/")).isFalse();
        assertThat(PublicPageFilter.applicationPath("/www/")).isFalse();
        assertThat(PublicPageFilter.applicationPath("/administration/")).isFalse();
        assertThat(PublicPageFilter.applicationPath("/zh-hant/search")).isTrue();
        assertThat(PublicPageFilter.applicationPath("/hdjl/query")).isTrue();
        assertThat(PublicPageFilter.applicationPath("/zh-hant/hdjl/")).isTrue();
        assertThat(PublicPageFilter.applicationPath("/zh-hant/hdjl")).isTrue();
        assertThat(PublicPageFilter.applicationPath("/zh-hant/admin/")).isFalse();
        assertThat(PublicPageFilter.applicationPath("/zh-hant/www/")).isFalse();
    }
}

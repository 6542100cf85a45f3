package org.zhengwu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengwu.search.SearchDocument;

class PageRecordTest {

    @Test
    void whatAResultShowsComesBackAsItWasIndexed() throws Exception {
        SearchDocument d = new SearchDocument(1234567890123L, "dept001", "市财政局", "通知公告", "notice", "關於預算的通知",
                "/dept001/notice/1.html", LocalDate.of(2026, 11, 20), "NOTICE", "关于预算的通知", "正文\n第二段 ABC", "财预〔2026〕1号");

        assertThat(PageRecord.decode(PageRecord.encode(d))).isEqualTo(new PageRecord(1234567890123L, "dept001", "市财政局",
                "通知公告", "關於預算的通知", "/dept001/notice/1.html", LocalDate.of(2026, 11, 20), "NOTICE", "正文\n第二段 ABC",
                "关于预算的通知"));
    }

    @Test
    void missingValuesComeBackEmptyAndAMissingDateAsNone() throws Exception {
        SearchDocument d = new SearchDocument(7, "s", null, null, null, null, null, null, null, null, null, null);

        assertThat(PageRecord.decode(PageRecord.encode(d)))
                .isEqualTo(new PageRecord(7, "s", "", "", "", "", null, "", "", ""));
    }
}

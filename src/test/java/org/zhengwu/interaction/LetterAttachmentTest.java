package org.zhengwu.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.cases.CaseStaff;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.sites.SiteAdministration;

/**
 * A letter's attachments: stored outside the public folders under random names, served only to the staff who may see
 * the letter, always as a download with the type found in the bytes and {@code nosniff}.
 */
@ZhengwuTest
class LetterAttachmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataDirectory data;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    CaseStaff staff;

    @BeforeEach
    void setUp() {
        staff = new CaseStaff(new ConsoleFixtures(sites, staffAdministration));
    }

    @Test
    void aStoredAttachmentIsServedAsADownloadWithItsRealTypeAndNosniff() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("问题清单").createRow(0).createCell(0).setCellValue("路灯");
            book.write(xlsx);
        }
        MockMultipartFile table = new MockMultipartFile("files", "问题清单.xlsx", "text/html", xlsx.toByteArray());
        Mailbox box = hall.mailbox(MailboxKind.COMPLAINT, staff.unitA(), 15);
        Hall.Receipt r = hall.submit(box, "附件测试", "见附件", Hall.pdf("照片.pdf"), table);

        List<Map<String, Object>> rows = jdbc.sql("SELECT a.seq_no, a.stored_name, a.content_type FROM letter_attachment a "
                + "JOIN letter l ON l.id = a.letter_id WHERE l.tracking_number = ? ORDER BY a.seq_no")
                .param(r.number()).query().listOfRows();
        assertThat(rows).hasSize(2);
        String stored = (String) rows.get(1).get("stored_name");
        assertThat(stored).matches("\\d{4}/\\d{2}/[0-9a-f]{32}\\.xlsx").doesNotContain("问题清单");
        Path file = data.resolve("letters").resolve(stored);
        assertThat(file).exists();
        assertThat(file.toAbsolutePath().startsWith(data.uploads())).isFalse();
        assertThat(file.toAbsolutePath().startsWith(data.publicPages())).isFalse();

        byte[] body = mvc.perform(get("/admin/letters/" + r.number() + "/attachments/2").with(as(staff.handlerA)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("attachment;"),
                        org.hamcrest.Matchers.endsWith("filename*=UTF-8''%E9%97%AE%E9%A2%98%E6%B8%85%E5%8D%95.xlsx"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(xlsx.toByteArray());
        mvc.perform(get("/admin/letters/" + r.number() + "/attachments/1").with(as(staff.supervisor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));

        mvc.perform(get("/admin/letters/" + r.number() + "/attachments/1").with(as(staff.handlerB)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/letters/" + r.number() + "/attachments/3").with(as(staff.handlerA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/letters/" + r.number() + "/attachments/1")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/uploads/" + stored)).andExpect(status().isNotFound());
        mvc.perform(get("/letters/" + stored)).andExpect(status().isNotFound());
        assertThat(new String(body, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(Files.size(file)).isEqualTo(xlsx.size());
    }
}

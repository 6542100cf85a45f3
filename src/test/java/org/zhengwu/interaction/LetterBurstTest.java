package org.zhengwu.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengwu.ZhengwuTest;

/**
 * Many citizens posting at the same moment: their letters are committed together (group commit), and still each one
 * gets its own receipt only for a letter that is stored, and the audit log names each as 公众 from their own address.
 */
@ZhengwuTest
class LetterBurstTest {

    @Autowired
    Hall hall;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void lettersPostedTogetherAreEachStoredReceiptedAndAuditedAsTheirWriters() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.COMPLAINT, null, 10);
        ExecutorService writers = Executors.newFixedThreadPool(12);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            String subject = "同时来信" + i;
            String address = "10.250.0." + (i + 1);
            numbers.add(writers.submit(() -> {
                MockHttpSession session = new MockHttpSession();
                MvcResult posted = mvc.perform(hall.letter(box, subject, "楼道灯坏了，请修理。").session(session)
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        })).andReturn();
                assertThat(posted.getResponse().getStatus()).isEqualTo(303);
                // the receipt is in the session only once the letter is stored
                LetterReceipt receipt = Collections.list(session.getAttributeNames()).stream()
                        .map(session::getAttribute).filter(LetterReceipt.class::isInstance)
                        .map(LetterReceipt.class::cast).findFirst().orElseThrow();
                String stored = jdbc.sql("SELECT subject FROM letter WHERE tracking_number = ?")
                        .param(receipt.trackingNumber()).query(String.class).single();
                assertThat(stored).isEqualTo(subject);
                String audited = jdbc.sql("SELECT actor_name || ' ' || remote_address FROM audit_record "
                                + "WHERE action = 'interaction.letter.submit' AND target_id = ?")
                        .param(receipt.trackingNumber()).query(String.class).single();
                assertThat(audited).isEqualTo("公众 " + address);
                return receipt.trackingNumber();
            }));
        }
        Set<String> distinct = new HashSet<>();
        for (Future<String> n : numbers) {
            distinct.add(n.get(60, TimeUnit.SECONDS));
        }
        writers.shutdown();
        assertThat(distinct).hasSize(36);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM letter l JOIN mailbox m ON m.id = l.mailbox_id WHERE m.code = ?")
                .param(box.code()).query(Long.class).single()).isEqualTo(36);
    }
}

package org.zhengwu.interaction.internal.publication;

import java.util.List;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.interaction.internal.Answering;

/** Letters written and answered through the real services, as the system acts (no one signed in). */
record PublicationFixtures(Letters letters, Answering answering) {

    static final String WRITER = "王秀英";
    static final String PHONE = "13812345678";
    static final String EMAIL = "wangxy88@example.com";
    static final String SUBJECT = "王秀英反映幸福小区路灯不亮";
    static final String TEXT = "尊敬的领导：我叫王秀英，家住清河市东风路128号幸福小区3栋2单元501室，电话13812345678。"
            + "我们小区楼下的路灯坏了三个月，秀英我多次反映无果，邻居张大山同志也打过12345热线。";
    static final String ANSWER = "王秀英女士：您好！经市城管局核实，根据国办发〔2017〕47号文件，我局已于2025年3月5日完成更换，"
            + "现已恢复照明。如有疑问请联系0531-87654321。";

    /** A letter in the mailbox, from 王秀英. */
    String write(Mailbox box, boolean publicWish) {
        return letters.submit(new NewLetter(box.code(), WRITER, PHONE, EMAIL, SUBJECT, TEXT, publicWish, List.of()))
                .trackingNumber();
    }

    /** The unit's answer, submitted and approved: the letter is answered. */
    void answer(String number, String text) {
        answering.submit(number, text);
        answering.approve(number);
    }
}

package org.zhengwu.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.accounts.IssuedPassword;
import org.zhengwu.accounts.NewStaff;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.checks.internal.WordKind;
import org.zhengwu.checks.internal.WordLists;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffRole;

/** Staff of any role, words in the lists, and the seed text excerpts of {@code src/test/resources/checks}. */
final class ChecksFixtures {

    private final StaffAdministration staff;
    private final WordLists lists;

    ChecksFixtures(StaffAdministration staff, WordLists lists) {
        this.staff = staff;
        this.lists = lists;
    }

    /** A signed-in-ready account of this role (unit roles need the unit id). */
    StaffUser staff(StaffRole role, Long unitId) {
        IssuedPassword issued = staff.create(new NewStaff(ConsoleFixtures.code("ck"), "检查测试", role, unitId));
        staff.changePassword(issued.account().id(), issued.temporaryPassword(), ConsoleFixtures.PASSWORD,
                ConsoleFixtures.PASSWORD);
        return StaffUser.of(staff.account(issued.account().id()).orElseThrow());
    }

    /** Puts a word on a list unless it is there already (the lists outlive a test class). */
    void listed(WordKind kind, String word, String replacement) {
        try {
            lists.add(kind, word, replacement);
        } catch (RuleViolation e) {
            if (!e.key().equals("checks.word.duplicate")) {
                throw e;
            }
        }
    }

    /**
     * An excerpt of the real government texts in {@code ../shared/corpus/seeds}: {@code seed-simplified.txt} (from
     * 002, simplified), {@code seed-traditional.txt} (from 000, traditional) and {@code seed-real-mistakes.txt} (three
     * lines of 000 and 001 with mistakes the authors really made).
     */
    static String seed(String name) {
        try (InputStream in = ChecksFixtures.class.getResourceAsStream("/checks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as a body: one paragraph a line, special characters escaped. */
    static String html(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>\n");
            }
        }
        return out.toString();
    }
}

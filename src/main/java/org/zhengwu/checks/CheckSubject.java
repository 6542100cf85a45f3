package org.zhengwu.checks;

import java.util.List;
import java.util.Objects;

/**
 * What is checked: the owner unit (may be null for group-wide content), the title (plain text), the body (HTML, as
 * stored), the item's attachments and, optionally, the public address its page has or will have (such as
 * {@code /www/news/12.html}), against which relative links in the body are resolved; without it only links that
 * start with {@code /} or a scheme are checked.
 */
public record CheckSubject(Long unitId, String title, String bodyHtml, List<CheckAttachment> attachments,
                           String pageAddress) {

    public CheckSubject {
        title = title == null ? "" : title;
        bodyHtml = bodyHtml == null ? "" : bodyHtml;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static CheckSubject of(Long unitId, String title, String bodyHtml) {
        return new CheckSubject(unitId, title, bodyHtml, List.of(), null);
    }

    public CheckSubject withAttachments(List<CheckAttachment> files) {
        return new CheckSubject(unitId, title, bodyHtml, Objects.requireNonNull(files), pageAddress);
    }

    public CheckSubject at(String address) {
        return new CheckSubject(unitId, title, bodyHtml, attachments, address);
    }
}

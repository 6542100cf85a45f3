package org.zhengwu.content;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the disclosure index number (索引号) of a policy document from the configured pattern
 * {@code zhengwu.content.index-number-pattern}. Placeholders: {@code {site}} the site's code, {@code {year}} the
 * year of publication, {@code {category}} the topic category, {@code {seq}} the running number of the site and year
 * (five digits). Default: {@code {site}-{year}-{seq}}, e.g. {@code fgw-2026-00017}.
 */
@Component
public class IndexNumberRule {

    private final String pattern;

    public IndexNumberRule(@Value("${zhengwu.content.index-number-pattern:{site}-{year}-{seq}}") String pattern) {
        if (!pattern.contains("{seq}")) {
            throw new IllegalArgumentException("zhengwu.content.index-number-pattern must contain {seq} so numbers are unique");
        }
        this.pattern = pattern;
    }

    public String format(String siteCode, LocalDate date, String category, int sequence) {
        return pattern.replace("{site}", siteCode)
                .replace("{year}", String.valueOf(date.getYear()))
                .replace("{category}", category == null || category.isBlank() ? "0" : category.trim())
                .replace("{seq}", String.format("%05d", sequence));
    }
}

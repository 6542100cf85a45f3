package org.zhengwu.publishing;

/**
 * One page of a {@link PublishedSection} in one script: the title for {@code <title>} and the main part as trusted
 * HTML that the section escaped; publishing puts the site's frame around it.
 */
public record SectionPage(String title, String mainHtml) {
}

package org.zhengwu.publishing.internal;

import java.util.List;
import org.zhengwu.content.Attachment;
import org.zhengwu.content.ContentItem;
import org.zhengwu.sites.Column;

/**
 * Everything an item's page shows, before it is put into a script.
 *
 * @param prev the item before it in its column's list (newer or pinned), null at the top
 * @param next the item after it, null at the end
 * @param interpretations for a policy document, its published interpretations
 * @param policy for an interpretation, the published policy document it explains
 * @param asColumnPage the page of a single-page column: shown at the column's address, without neighbours
 * @param preview a staff preview of unpublished changes
 */
public record ItemPage(ContentItem item, Column column, Row self, Row prev, Row next, List<Attachment> attachments,
                       List<Row> interpretations, Row policy, boolean asColumnPage, boolean preview) {
}

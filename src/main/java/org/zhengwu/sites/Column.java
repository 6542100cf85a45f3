package org.zhengwu.sites;

/**
 * A column (栏目) of a site's tree.
 *
 * @param responsiblePerson who answers for keeping it current
 * @param updateIntervalDays how often it is expected to get new content; the supervision center checks it
 */
public record Column(long id, long siteId, Long parentId, String code, String name, ColumnKind kind, int sortOrder,
                     String responsiblePerson, Integer updateIntervalDays, String externalUrl) {
}

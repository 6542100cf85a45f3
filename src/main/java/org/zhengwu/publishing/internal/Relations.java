package org.zhengwu.publishing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.ContentStatus;
import org.zhengwu.content.ContentSummary;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/** Links between policy documents and the interpretations that explain them, both ways. */
interface Relations {

    /** The published interpretations of a policy document, newest first. */
    List<Row> interpretationsOf(long policyId);

    /** The policy document an interpretation explains, if it is published. */
    Row policy(long policyId);

    /** Asks the database for each item: right for rendering a few pages. */
    static Relations query(ContentQueries contents) {
        return new Relations() {
            @Override
            public List<Row> interpretationsOf(long policyId) {
                return contents.interpretationsOf(policyId).stream().map(Row::new).toList();
            }

            @Override
            public Row policy(long policyId) {
                return contents.publishedItem(policyId).map(i -> new Row(i.summaryView())).orElse(null);
            }
        };
    }

    /**
     * Reads every published interpretation of the group once (there are few: editors write them one by one), so a
     * render of thousands of items asks nothing per item.
     */
    static Relations prefetch(ContentQueries contents, SiteDirectory sites) {
        Map<Long, List<Row>> byPolicy = new HashMap<>();
        for (Site site : sites.sites()) {
            for (Column c : sites.columns(site.id())) {
                if (c.kind() == ColumnKind.INTERPRETATION) {
                    contents.forEachPublished(c.id(), item -> {
                        if (item.interpretsId() != null) {
                            byPolicy.computeIfAbsent(item.interpretsId(), k -> new ArrayList<>()).add(new Row(item.summaryView()));
                        }
                    });
                }
            }
        }
        Comparator<Row> newestFirst = Comparator.comparing((Row r) -> r.summary().publishedAt(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Row::id, Comparator.reverseOrder());
        byPolicy.values().forEach(list -> list.sort(newestFirst));
        Set<Long> policyIds = new HashSet<>(byPolicy.keySet());
        Map<Long, ContentStatus> statuses = contents.statuses(policyIds);
        Map<Long, Row> policies = new HashMap<>();
        for (ContentSummary s : contents.summaries(policyIds)) {
            if (statuses.get(s.id()) == ContentStatus.PUBLISHED) {
                policies.put(s.id(), new Row(s));
            }
        }
        return new Relations() {
            @Override
            public List<Row> interpretationsOf(long policyId) {
                return byPolicy.getOrDefault(policyId, List.of());
            }

            @Override
            public Row policy(long policyId) {
                return policies.get(policyId);
            }
        };
    }
}

package org.zhengwu.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.content.internal.PublicationStore;

/**
 * What was published over a period, for other modules' figures (manuscript fees, the annual website report): items
 * online now whose publication date ({@link ContentItem#publishedAt}) lies in {@code [from, to)}.
 */
@Service
@Transactional(readOnly = true)
public class PublicationFigures {

    private final PublicationStore store;

    PublicationFigures(PublicationStore store) {
        this.store = store;
    }

    /** Every such item with its text and writer, oldest first. */
    public List<PublishedText> published(OffsetDateTime from, OffsetDateTime to) {
        return store.published(from, to);
    }

    /** How many such items each column has (columns without any are absent). */
    public Map<Long, Long> countByColumn(OffsetDateTime from, OffsetDateTime to) {
        return store.countByColumn(from, to);
    }
}

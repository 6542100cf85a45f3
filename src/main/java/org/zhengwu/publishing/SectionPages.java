package org.zhengwu.publishing;

import java.util.function.Function;
import org.zhengwu.sites.Site;

/** Where a {@link PublishedSection} writes its pages: each page goes out in both scripts, in a site's frame. */
public interface SectionPages {

    /**
     * Writes the page at {@code path} (simplified script, without the prefix; a folder address means its
     * {@code index.html}) and its traditional-script mirror. {@code page} is asked once per script, with
     * {@code true} for the traditional one, and returns the page's content in that script. {@code site} is the
     * frame (header, navigation, footer); null means the portal's.
     */
    void write(String path, Site site, Function<Boolean, SectionPage> page);

    /** Deletes the page in both scripts; returns whether there was one. */
    boolean delete(String path);
}

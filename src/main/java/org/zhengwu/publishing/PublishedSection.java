package org.zhengwu.publishing;

import org.zhengwu.sites.Site;

/**
 * A part of the published tree that another module renders (the service hall's guides under {@code /bsfw/}): a
 * module declares one as a bean, as it declares a {@link PortalHall}. Publishing calls it in the full rebuild and
 * writes what it gives, in both scripts, into the same atomic public folder; the module renders its own pages again
 * through {@link SectionPublishing} when its data changes. Publishing never reads the module's data.
 */
public interface PublishedSection {

    /**
     * The group folder it owns, such as {@code /bsfw/} (simplified script, without the prefix): after the full
     * rebuild's {@link #renderAll} the files there that it did not write are deleted, in both scripts.
     */
    String folder();

    /** Every page of the folder, for the full rebuild. */
    void renderAll(SectionPages pages);

    /**
     * The pages it adds to one site's own folder ({@code /{site}/…}), written with the rest of the site so that a
     * site's render keeps them.
     */
    default void renderForSite(Site site, SectionPages pages) {
    }

    /** How many pages (one script) {@link #renderAll} will write, for the rebuild's progress. */
    default long estimatedPages() {
        return 0;
    }
}

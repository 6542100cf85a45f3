package org.zhengwu.services.internal.web;

import java.util.Locale;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.services.Audience;
import org.zhengwu.services.LifeEvent;
import org.zhengwu.sites.Site;

/**
 * The hall's published addresses, in simplified script without the prefix. Static pages live under {@code /bsfw/}
 * at these paths only; every other address below {@code /bsfw/} (forms, look-ups) is the application's.
 */
final class HallPaths {

    static final String HALL = "/bsfw/";
    /** Where a unit site's own list of its guides lives, below the site's folder. */
    static final String IN_SITE = "bsfw/";

    private HallPaths() {
    }

    /** The same as {@link org.zhengwu.services.ServiceItem#guidePath()}, for a code alone. */
    static String item(String code) {
        return HALL + "item/" + code + ".html";
    }

    static String unit(String unitCode) {
        return HALL + "unit/" + unitCode + "/";
    }

    static String audience(Audience a) {
        return HALL + "audience/" + a.name().toLowerCase(Locale.ROOT) + "/";
    }

    static String theme(LifeEvent e) {
        return HALL + "theme/" + e.name().toLowerCase(Locale.ROOT) + "/";
    }

    /** A unit site's list of its guides. */
    static String inSite(Site site) {
        return PublicPaths.site(site.code()) + IN_SITE;
    }

    /** Page {@code n} of a list at {@code folder}: the folder itself, then {@code index_2.html}, … */
    static String page(String folder, int n) {
        return n <= 1 ? folder : folder + "index_" + n + ".html";
    }
}

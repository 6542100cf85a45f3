package org.zhengwu.publishing;

/**
 * The public addresses of published pages, in simplified script. The traditional-script page of the same address is
 * {@link #HANT_PREFIX} followed by it. The portal's home is also served at {@code /}.
 */
public final class PublicPaths {

    /** Where the traditional-script mirror of every page lives. */
    public static final String HANT_PREFIX = "/zh-hant";

    /** Items per list page. */
    public static final int PAGE_SIZE = 20;

    private PublicPaths() {
    }

    public static String site(String siteCode) {
        return "/" + siteCode + "/";
    }

    public static String column(String siteCode, String columnCode) {
        return "/" + siteCode + "/" + columnCode + "/";
    }

    /** Page 1 is the column's own address; later pages are {@code index_2.html}, {@code index_3.html}… */
    public static String listPage(String siteCode, String columnCode, int page) {
        return page <= 1 ? column(siteCode, columnCode) : "/" + siteCode + "/" + columnCode + "/index_" + page + ".html";
    }

    public static String item(String siteCode, String columnCode, long itemId) {
        return "/" + siteCode + "/" + columnCode + "/" + itemId + ".html";
    }

    public static String feed(String siteCode, String columnCode) {
        return "/" + siteCode + "/" + columnCode + "/feed.xml";
    }

    public static String sitemap(String siteCode) {
        return "/" + siteCode + "/sitemap.xml";
    }

    /** The file behind an address: a folder address means its {@code index.html}. */
    public static String file(String path) {
        return path.endsWith("/") ? path + "index.html" : path;
    }
}

package org.zhengwu.publishing;

/**
 * Told of every published HTML page the application's serving filter answers (200, or 304 to a browser that has it
 * already; not the 404 page, stylesheets, images or feeds), for visit counts. A module declares one as a bean.
 * It is called on the serving thread before the answer is flushed, so it must be cheap and never block: count in
 * memory and write later, never a database write per request. Nothing here is stored by publishing.
 */
public interface PageViews {

    /**
     * @param path      the page's address in the simplified script ({@code /index.html} for the portal's home,
     *                  {@code /{site}/…} for a site's page, a site's own host name already resolved), the
     *                  traditional-script prefix removed
     * @param address   the request's remote address, to be forgotten once counted
     * @param userAgent the request's {@code User-Agent}, possibly null
     */
    void viewed(String path, String address, String userAgent);
}

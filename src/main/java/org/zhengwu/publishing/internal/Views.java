package org.zhengwu.publishing.internal;

import java.util.List;

/** The models the public page templates render; every text in them is already in the page's script. */
public final class Views {

    private Views() {
    }

    /**
     * @param path the page's simplified-script address (for the script switch and canonical links)
     * @param activeColumn the top column the page belongs to, 0 for the home page, -1 for none
     */
    public record Head(String title, String path, long activeColumn, String feedHref, boolean noindex) {
    }

    public record Entry(String href, String title, String day, boolean pinned, boolean external, String cover,
                        String site) {
    }

    public record Crumb(String href, String label) {
    }

    public record Block(long id, String title, String href, boolean photo, List<Entry> entries) {
    }

    public record SiteLink(String href, String name) {
    }

    public record HomeView(Frame f, Head head, List<Block> blocks, List<Entry> unitNews, List<SiteLink> departments,
                           List<SiteLink> townships, List<Hall> halls) {
    }

    /** A hall's block on the portal's home page: its name, one sentence and its main doors. */
    public record Hall(String id, String name, String href, String intro, List<SiteLink> links) {
    }

    public record Pager(int page, int pages, String first, String prev, String next, String last, String position) {
    }

    public record ListView(Frame f, Head head, List<Crumb> crumbs, String title, List<Frame.NavLink> children,
                           List<Entry> entries, boolean photo, Pager pager, String feedHref) {
    }

    public record MetaRow(String label, String value) {
    }

    public record AttachmentLink(String href, String name, String size) {
    }

    public record ItemView(Frame f, Head head, List<Crumb> crumbs, String title, String subtitle, String published,
                           String publishedIso, String source, String author, List<MetaRow> policy, String cover,
                           String body, String externalLink, List<AttachmentLink> attachments,
                           List<Entry> interpretations, Entry policyLink, boolean neighbours, Entry prev, Entry next,
                           boolean preview) {
    }

    public record NotFoundView(Frame f, Head head) {
    }

    /** A page rendered on request by another module, in the site's frame; {@code mainHtml} is trusted HTML. */
    public record WrappedView(Frame f, Head head, String mainHtml) {
    }
}

package org.zhengwu.supervision.internal.inspection;

/**
 * The national indicators (国办秘函〔2019〕19号) the platform measures for every site. A veto item (单项否决) fails the
 * site outright when it trips; a deduction item (扣分) costs points on the scorecard.
 */
public enum Indicator {
    /** 站点无法访问: share of home-page probes not answered within the timeout over the last week. */
    SITE_UNREACHABLE(true),
    /** 首页栏目信息更新不及时: the home page not updated for two weeks. */
    HOME_NOT_UPDATED(true),
    /** 栏目不更新: news columns beyond two weeks, notice and policy columns beyond six months. */
    COLUMNS_NOT_UPDATED(true),
    /** 应更新未更新: columns with an expected interval long overdue. */
    COLUMNS_LONG_STALE(true),
    /** 空白栏目: columns with a title and no content. */
    BLANK_COLUMNS(true),
    /** 严重错别字、严重表述错误 in published content. */
    SERIOUS_ERRORS(true),
    /** 互动回应差: letters not answered within three months. */
    LETTERS_UNANSWERED(true),
    /** 办事指南要素缺失: service guides missing key elements. */
    GUIDES_INCOMPLETE(false),
    /** 链接不可用: broken links and images in published pages. */
    BROKEN_LINKS(false),
    /** 网站标识: the footer identity (网站标识码, ICP and 公安 filing numbers, organiser). */
    FOOTER_IDENTITY(false);

    private final boolean veto;

    Indicator(boolean veto) {
        this.veto = veto;
    }

    /** Whether tripping this indicator fails the site outright (单项否决). */
    public boolean veto() {
        return veto;
    }

    /** The message key of the indicator's name. */
    public String labelKey() {
        return "supervision.indicator." + name().toLowerCase();
    }
}

package org.zhengwu.supervision.internal.annualreport;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of the national template of the 政府网站工作年度报表 (国办函〔2018〕12号), in its order and sections.
 * {@code filled} fields come from the platform's data; the others are entered by staff. The label of a field is
 * {@code annual.field.KEY} and of a section {@code annual.section.SECTION} in the bundle {@code annualreport}.
 */
public enum ReportField {
    SITE_NAME("basic", Kind.TEXT, true),
    HOME_URL("basic", Kind.TEXT, true),
    ORGANIZER("basic", Kind.TEXT, true),
    SITE_TYPE("basic", Kind.TEXT, true),
    SITE_IDENTIFIER("basic", Kind.TEXT, true),
    ICP_RECORD("basic", Kind.TEXT, true),
    POLICE_RECORD("basic", Kind.TEXT, true),
    UNIQUE_VISITORS("basic", Kind.COUNT, true),
    PAGE_VIEWS("basic", Kind.COUNT, true),
    INFO_TOTAL("info", Kind.COUNT, true),
    INFO_OVERVIEW("info", Kind.COUNT, true),
    INFO_NEWS("info", Kind.COUNT, true),
    INFO_DISCLOSURE("info", Kind.COUNT, true),
    TOPICS_MAINTAINED("topics", Kind.COUNT, true),
    TOPICS_NEW("topics", Kind.COUNT, false),
    INTERPRETATION_TOTAL("interpretation", Kind.COUNT, true),
    INTERPRETATION_MATERIALS("interpretation", Kind.COUNT, true),
    INTERPRETATION_PRODUCTS("interpretation", Kind.COUNT, false),
    INTERPRETATION_MEDIA("interpretation", Kind.COUNT, false),
    HOTSPOT_RESPONSES("interpretation", Kind.COUNT, false),
    SERVICE_CATALOGUE("service", Kind.YES_NO, true),
    REGISTERED_USERS("service", Kind.COUNT, false),
    SERVICE_ITEMS("service", Kind.COUNT, true),
    SERVICE_ONLINE_ITEMS("service", Kind.COUNT, true),
    APPLICATIONS_TOTAL("service", Kind.COUNT, true),
    APPLICATIONS_PERSONS("service", Kind.COUNT, true),
    APPLICATIONS_LEGAL_PERSONS("service", Kind.COUNT, true),
    UNIFIED_PLATFORM("interaction", Kind.YES_NO, true),
    LETTERS_RECEIVED("interaction", Kind.COUNT, true),
    LETTERS_CLOSED("interaction", Kind.COUNT, true),
    LETTERS_AVERAGE_DAYS("interaction", Kind.DAYS, true),
    LETTERS_PUBLISHED("interaction", Kind.COUNT, true),
    SURVEYS("interaction", Kind.COUNT, true),
    SURVEY_OPINIONS("interaction", Kind.COUNT, true),
    SURVEY_RESULTS("interaction", Kind.COUNT, true),
    INTERVIEWS("interaction", Kind.COUNT, false),
    INTERVIEW_QUESTIONS("interaction", Kind.COUNT, false),
    INTERVIEW_ANSWERS("interaction", Kind.COUNT, false),
    SMART_QA("interaction", Kind.YES_NO, false),
    SECURITY_CHECKS("security", Kind.COUNT, false),
    SECURITY_PROBLEMS("security", Kind.COUNT, false),
    SECURITY_FIXED("security", Kind.COUNT, false),
    SECURITY_MONITORING("security", Kind.YES_NO, false),
    SECURITY_DRILLS("security", Kind.YES_NO, false),
    SECURITY_RESPONSIBLE("security", Kind.YES_NO, false),
    MEDIA("media", Kind.YES_NO, false),
    WEIBO_NAME("media", Kind.TEXT, false),
    WEIBO_POSTS("media", Kind.COUNT, false),
    WEIBO_FOLLOWERS("media", Kind.COUNT, false),
    WECHAT_NAME("media", Kind.TEXT, false),
    WECHAT_POSTS("media", Kind.COUNT, false),
    WECHAT_SUBSCRIBERS("media", Kind.COUNT, false),
    MEDIA_OTHER("media", Kind.TEXT, false),
    INNOVATION("innovation", Kind.CHOICES, false),
    INNOVATION_OTHER("innovation", Kind.TEXT, false),
    HEAD("signature", Kind.TEXT, false),
    REVIEWER("signature", Kind.TEXT, false),
    FILLED_BY("signature", Kind.TEXT, false),
    PHONE("signature", Kind.TEXT, false),
    FILLED_ON("signature", Kind.DATE, false);

    /** How a value is typed and shown. */
    public enum Kind {
        /** A whole number from 0. */
        COUNT,
        /** Days with one decimal. */
        DAYS,
        /** YES or NO, shown as 是 / 否. */
        YES_NO,
        /** Free text, at most {@link #MAX_TEXT} characters. */
        TEXT,
        /** Some of {@link #INNOVATIONS}, comma-separated. */
        CHOICES,
        /** A day, 2026-01-20. */
        DATE
    }

    public static final int MAX_TEXT = 200;
    /** The template's innovation boxes (创新发展): 搜索即服务, 多语言版本, 无障碍浏览, 千人千网. */
    public static final List<String> INNOVATIONS = List.of("SEARCH", "LANGUAGES", "ACCESSIBILITY", "PERSONAL");
    /** The template's sections in order. */
    public static final List<String> SECTIONS = List.of("basic", "info", "topics", "interpretation", "service",
            "interaction", "security", "media", "innovation", "signature");

    private final String section;
    private final Kind kind;
    private final boolean filled;

    ReportField(String section, Kind kind, boolean filled) {
        this.section = section;
        this.kind = kind;
        this.filled = filled;
    }

    public String section() {
        return section;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the platform fills it from its data (else staff enter it). */
    public boolean filled() {
        return filled;
    }

    /** The field's name in forms and stored values: INFO_TOTAL is {@code infoTotal}. */
    public String key() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }

    public static List<ReportField> of(String section) {
        return Arrays.stream(values()).filter(f -> f.section.equals(section)).toList();
    }
}

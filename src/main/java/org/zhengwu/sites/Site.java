package org.zhengwu.sites;

/**
 * One site of the group, reached under {@code /{code}/} or its own host name.
 *
 * @param portal whether this is the government portal, shown at {@code /} and aggregating the units' news
 */
public record Site(long id, long unitId, String code, String name, String host, boolean portal,
                   Theme theme, FooterIdentity footer, int sortOrder) {

    /** The per-site part of the shared theme. */
    public record Theme(String logoPath, String primaryColor) {
        public static final String DEFAULT_COLOR = "#b5121b";
    }

    /** The identity fields every government site must show in its footer. */
    public record FooterIdentity(String sponsor, String organizer, String contact, String siteIdentifier,
                                 String icpRecord, String policeRecord) {
        public static FooterIdentity empty() {
            return new FooterIdentity(null, null, null, null, null, null);
        }
    }
}

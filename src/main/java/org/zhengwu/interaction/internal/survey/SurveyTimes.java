package org.zhengwu.interaction.internal.survey;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Survey times as pages show them and as the console's date-time fields take them, in China Standard Time. */
public final class SurveyTimes {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private SurveyTimes() {
    }

    public static String shown(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(CHINA).format(SHOWN);
    }

    public static String field(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(CHINA).format(FIELD);
    }

    /** The form of a stored survey, to edit it. */
    static SurveyFields.Input input(Survey s) {
        return new SurveyFields.Input(s.kind().name(), s.title(), s.introduction(),
                s.draftText() == null ? "" : s.draftText(), s.draftLink() == null ? "" : s.draftLink(),
                field(s.opensAt()), field(s.closesAt()));
    }
}

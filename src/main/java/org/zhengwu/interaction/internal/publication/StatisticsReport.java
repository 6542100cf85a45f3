package org.zhengwu.interaction.internal.publication;

import java.util.List;

/** The hall's statistics for a period: a line per mailbox, a line per unit, and the total of the mailboxes. */
public record StatisticsReport(StatisticsPeriod period, List<Line> perMailbox, List<Line> perUnit, Line total) {

    /** The figures' column headings after the name, in the order of {@link Line}'s figures. */
    public static final List<String> HEADER_KEYS = List.of("interaction.statistics.received",
            "interaction.statistics.answered", "interaction.statistics.on-time", "interaction.statistics.on-time-rate",
            "interaction.statistics.average-days", "interaction.statistics.satisfied",
            "interaction.statistics.basically-satisfied", "interaction.statistics.dissatisfied",
            "interaction.statistics.satisfaction-rate");

    /** The headings with the name column's first. */
    public static List<String> withName(String name, List<String> headers) {
        List<String> all = new java.util.ArrayList<>(headers.size() + 1);
        all.add(name);
        all.addAll(headers);
        return all;
    }

    /**
     * One mailbox's or unit's figures.
     *
     * @param answered    closed with an answer in the period (办结)
     * @param onTime      of those, answered by their deadline
     * @param averageDays the mean working days from assignment to answer, null when none was answered
     */
    public record Line(String name, long received, long answered, long onTime, Double averageDays, long satisfied,
                       long basicallySatisfied, long dissatisfied) {

        /** The same figures under another name (the total's, in the reader's words). */
        public Line named(String label) {
            return new Line(label, received, answered, onTime, averageDays, satisfied, basicallySatisfied, dissatisfied);
        }

        /** 按期办结率: the share answered on time, null when none was answered. */
        public Double onTimeRate() {
            return answered == 0 ? null : Math.min(1.0, (double) onTime / answered);
        }

        public long rated() {
            return satisfied + basicallySatisfied + dissatisfied;
        }

        /** 满意率: satisfied or basically satisfied among the ratings, null without ratings. */
        public Double satisfactionRate() {
            return rated() == 0 ? null : (double) (satisfied + basicallySatisfied) / rated();
        }

        /** The sum of lines; the average days weighted by the letters answered. */
        static Line total(List<Line> lines) {
            long received = 0;
            long answered = 0;
            long onTime = 0;
            double days = 0;
            long withDays = 0;
            long[] r = new long[3];
            for (Line l : lines) {
                received += l.received;
                answered += l.answered;
                onTime += l.onTime;
                if (l.averageDays != null) {
                    days += l.averageDays * l.answered;
                    withDays += l.answered;
                }
                r[0] += l.satisfied;
                r[1] += l.basicallySatisfied;
                r[2] += l.dissatisfied;
            }
            return new Line("", received, answered, onTime, withDays == 0 ? null : days / withDays, r[0], r[1], r[2]);
        }
    }

    /** A share as shown: 94.1%, or — when there is none. */
    public static String percent(Double share) {
        return share == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    /** Working days as shown: 4.5, or —. */
    public static String days(Double days) {
        return days == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", days);
    }
}

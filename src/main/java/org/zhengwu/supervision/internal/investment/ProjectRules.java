package org.zhengwu.supervision.internal.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * The rules of a project's fields, the same for the console's form and a ledger row: every field checked, every
 * problem named (for a ledger row with its row number), nothing returned while one is wrong. Choices are taken by
 * their code or their Chinese word (省外, 签约); dates as 2027-03-15, 2027/3/15 or 2027.3.15; amounts in 万元, at most
 * two decimals.
 */
public final class ProjectRules {

    /** The fields in the order of the ledger's columns. */
    public static final List<String> FIELDS = List.of("name", "investor", "industry", "source", "amount", "unit",
            "leader", "stage", "stageOn", "evidence");

    private static final Map<String, Source> SOURCES = Map.of("省外", Source.OUT_OF_PROVINCE, "境外", Source.OVERSEAS,
            "省内", Source.IN_PROVINCE);
    private static final Map<String, Stage> STAGES = Map.of("线索", Stage.LEAD, "洽谈", Stage.NEGOTIATING, "签约",
            Stage.SIGNED, "注册", Stage.REGISTERED, "开工", Stage.STARTED, "投产", Stage.PRODUCING);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"));

    private final Function<String, Optional<Long>> unitByName;
    private final LocalDate today;

    public ProjectRules(Function<String, Optional<Long>> unitByName, LocalDate today) {
        this.unitByName = unitByName;
        this.today = today;
    }

    /** The Chinese word of a source or stage, as the ledger writes it. */
    public static String word(Enum<?> value) {
        Map<String, ? extends Enum<?>> words = value instanceof Source ? SOURCES : STAGES;
        return words.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).findFirst()
                .orElse(value.name());
    }

    /**
     * The project typed in these fields, or null with the problems added; {@code row} 0 for the form (problems name
     * their field), the ledger's row number otherwise.
     */
    public NewProject read(Map<String, String> typed, int row, List<InvalidReport.Problem> problems) {
        int before = problems.size();
        Problems p = new Problems(row, problems);
        String name = text(typed, "name", 100, p);
        String investor = text(typed, "investor", 100, p);
        String industry = text(typed, "industry", 50, p);
        Source source = choice(typed, "source", SOURCES, Source.class, p);
        BigDecimal amount = amount(typed.get("amount"), "amount", p);
        Long unit = null;
        String unitName = value(typed, "unit");
        if (unitName.isEmpty()) {
            p.add("unit", "investment.check.required");
        } else {
            unit = unitByName.apply(unitName).orElse(null);
            if (unit == null) {
                p.add("unit", "investment.check.unit", unitName);
            }
        }
        String leader = text(typed, "leader", 50, p);
        Stage stage = choice(typed, "stage", STAGES, Stage.class, p);
        LocalDate stageOn = date(typed.get("stageOn"), "stageOn", p);
        String evidence = text(typed, "evidence", 1000, p);
        if (problems.size() > before) {
            return null;
        }
        return new NewProject(name, investor, industry, source, amount, unit, leader, stage, stageOn, evidence);
    }

    /** An amount in 万元: a number not below 0 with at most two decimals; null with a problem otherwise. */
    public BigDecimal amount(String typed, String field, Problems p) {
        String v = typed == null ? "" : typed.strip().replace(",", "");
        if (v.isEmpty()) {
            p.add(field, "investment.check.required");
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0 || d.scale() > 2 || d.compareTo(MAX_AMOUNT) > 0) {
                p.add(field, "investment.check.amount", v);
                return null;
            }
            return d.setScale(2);
        } catch (NumberFormatException e) {
            p.add(field, "investment.check.amount", v);
            return null;
        }
    }

    /** A day not after today; null with a problem otherwise. */
    public LocalDate date(String typed, String field, Problems p) {
        String v = typed == null ? "" : typed.strip();
        if (v.isEmpty()) {
            p.add(field, "investment.check.required");
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                LocalDate d = LocalDate.parse(v, f.withResolverStyle(ResolverStyle.STRICT));
                if (d.isAfter(today)) {
                    p.add(field, "investment.check.future", v);
                    return null;
                }
                return d;
            } catch (DateTimeParseException e) {
                // the next pattern
            }
        }
        p.add(field, "investment.check.date", v);
        return null;
    }

    private static String value(Map<String, String> typed, String field) {
        String v = typed.get(field);
        return v == null ? "" : v.strip();
    }

    private static String text(Map<String, String> typed, String field, int max, Problems p) {
        String v = value(typed, field);
        if (v.isEmpty()) {
            p.add(field, "investment.check.required");
        } else if (v.length() > max) {
            p.add(field, "investment.check.too-long", max);
        }
        return v;
    }

    private static <E extends Enum<E>> E choice(Map<String, String> typed, String field, Map<String, E> words,
                                                Class<E> type, Problems p) {
        String v = value(typed, field);
        if (v.isEmpty()) {
            p.add(field, "investment.check.required");
            return null;
        }
        if (words.containsKey(v)) {
            return words.get(v);
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            p.add(field, "investment.check.choice", v, String.join("、", words.keySet().stream()
                    .sorted((a, b) -> words.get(a).compareTo(words.get(b))).toList()));
            return null;
        }
    }

    /**
     * Problems of one form or one ledger row. Each message's first argument is the field's label (its key
     * {@code investment.field.NAME}, resolved by the page); a ledger row's message is wrapped as 第N行：….
     */
    public record Problems(int row, List<InvalidReport.Problem> list) {

        public void add(String field, String key, Object... more) {
            Object[] args = new Object[more.length + 1];
            args[0] = new DefaultMessageSourceResolvable("investment.field." + field);
            System.arraycopy(more, 0, args, 1, more.length);
            if (row == 0) {
                list.add(new InvalidReport.Problem(field, key, args));
            } else {
                list.add(new InvalidReport.Problem(null, "investment.import.row",
                        new Object[] {row, new DefaultMessageSourceResolvable(new String[] {key}, args)}));
            }
        }
    }
}

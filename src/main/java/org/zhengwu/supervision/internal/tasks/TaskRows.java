package org.zhengwu.supervision.internal.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * Reads the rows of a task decomposition (任务分解) — pasted lines or a spreadsheet's rows, as text cells — into tasks,
 * checking each: the task's text, the lead unit and cooperating units by name, the leader, the deadline (a date after
 * today) and the milestones ({@code 2027-03-31 完成选址；2027-06-30 开工建设}, none after the deadline). Every wrong
 * cell is reported with its row number; one wrong row refuses the whole lot.
 *
 * <p>Columns: 序号, 任务内容, 牵头单位, 配合单位, 责任领导, 完成时限, and optionally 阶段节点. A pasted line without a
 * tab is the task's text alone, and takes the lead unit, the leader and the deadline chosen on the form.
 */
final class TaskRows {

    static final List<String> HEADER = List.of("序号", "任务内容", "牵头单位", "配合单位", "责任领导", "完成时限", "阶段节点");
    static final int MAX_ROWS = 2000;

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    /** The form's choices for lines that carry the task's text alone; any may be null. */
    record Defaults(Long leadUnitId, String leader, LocalDate deadline) {
    }

    /** One row as read: its number as the user sees it (line or spreadsheet row), and its cells. */
    record Row(int number, List<String> cells) {
    }

    private final Function<String, Optional<Long>> unitByName;
    private final LocalDate today;
    private final Defaults defaults;
    private final List<InvalidReport.Problem> problems = new ArrayList<>();

    TaskRows(Function<String, Optional<Long>> unitByName, LocalDate today, Defaults defaults) {
        this.unitByName = unitByName;
        this.today = today;
        this.defaults = defaults;
    }

    /** Pasted text: one task a line, tab-separated columns (a header line is skipped) or the text alone. */
    static List<Row> pasted(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || (i == 0 && lines[i].strip().startsWith("序号"))) {
                continue;
            }
            List<String> cells = lines[i].contains("\t")
                    ? Arrays.stream(lines[i].split("\t", -1)).map(String::strip).toList()
                    : List.of("", lines[i].strip());
            rows.add(new Row(i + 1, cells));
        }
        return rows;
    }

    /** The tasks of the rows, or {@link InvalidReport} with every problem. */
    List<NewTask> read(List<Row> rows) {
        if (rows.isEmpty()) {
            problems.add(problem(0, "tasks.import.empty"));
        }
        if (rows.size() > MAX_ROWS) {
            problems.add(problem(0, "tasks.import.too-many", MAX_ROWS));
        }
        List<NewTask> tasks = new ArrayList<>();
        for (Row r : rows) {
            int before = problems.size();
            NewTask t = row(r);
            if (problems.size() == before) {
                tasks.add(t);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        return tasks;
    }

    private NewTask row(Row r) {
        List<String> c = r.cells();
        int n = r.number();
        boolean alone = c.size() == 2 && c.get(0).isEmpty();
        if (!alone && (c.size() < 6 || c.size() > 7)) {
            problems.add(problem(n, "tasks.import.columns", c.size()));
            return null;
        }
        String content = c.get(1);
        if (content.isEmpty()) {
            problems.add(problem(n, "tasks.import.content"));
        } else if (content.length() > 1000) {
            problems.add(problem(n, "tasks.import.content-long"));
        }
        if (alone) {
            if (defaults.leadUnitId() == null || defaults.leader() == null || defaults.deadline() == null) {
                problems.add(problem(n, "tasks.import.defaults-missing"));
                return null;
            }
            checkDeadline(n, defaults.deadline());
            return new NewTask(content, defaults.leadUnitId(), List.of(), defaults.leader(), defaults.deadline(),
                    List.of());
        }
        Long lead = unit(n, c.get(2), "tasks.import.lead-unit");
        List<Long> cooperating = new ArrayList<>();
        for (String name : c.get(3).split("[、,，;；\\s]+")) {
            if (!name.isBlank()) {
                Long u = unit(n, name.strip(), "tasks.import.cooperating-unit");
                if (u != null && !u.equals(lead) && !cooperating.contains(u)) {
                    cooperating.add(u);
                }
            }
        }
        String leader = c.get(4);
        if (leader.isEmpty() || leader.length() > 50) {
            problems.add(problem(n, "tasks.import.leader"));
        }
        LocalDate deadline = date(c.get(5));
        if (deadline == null) {
            problems.add(problem(n, "tasks.import.deadline", c.get(5)));
        } else {
            checkDeadline(n, deadline);
        }
        List<SupervisedTask.Milestone> milestones = c.size() > 6 ? milestones(n, c.get(6), deadline) : List.of();
        return new NewTask(content, lead == null ? 0 : lead, cooperating, leader, deadline, milestones);
    }

    private void checkDeadline(int n, LocalDate deadline) {
        if (!deadline.isAfter(today)) {
            problems.add(problem(n, "tasks.import.deadline-past", deadline.toString()));
        }
    }

    private Long unit(int n, String name, String key) {
        if (name.isEmpty()) {
            problems.add(problem(n, key + "-empty"));
            return null;
        }
        Optional<Long> id = unitByName.apply(name);
        if (id.isEmpty()) {
            problems.add(problem(n, key, name));
        }
        return id.orElse(null);
    }

    private List<SupervisedTask.Milestone> milestones(int n, String text, LocalDate deadline) {
        List<SupervisedTask.Milestone> list = new ArrayList<>();
        for (String part : text.split("[;；\\n]+")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = DATE.matcher(p);
            LocalDate due = m.lookingAt() ? date(m.group()) : null;
            String title = due == null ? "" : p.substring(m.end()).strip();
            if (due == null || title.isEmpty() || title.length() > 200) {
                problems.add(problem(n, "tasks.import.milestone", p));
            } else if (deadline != null && due.isAfter(deadline)) {
                problems.add(problem(n, "tasks.import.milestone-late", p));
            } else {
                list.add(new SupervisedTask.Milestone(list.size() + 1, due, title, null));
            }
        }
        return list;
    }

    /** 2027-06-30, 2027/6/30, 2027.6.30 or 2027年6月30日; null when it is none of them or no real day. */
    static LocalDate date(String text) {
        Matcher m = DATE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static InvalidReport.Problem problem(int row, String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = row;
        System.arraycopy(more, 0, args, 1, more.length);
        return new InvalidReport.Problem(null, key, args);
    }
}

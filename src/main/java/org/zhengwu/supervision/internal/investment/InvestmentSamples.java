package org.zhengwu.supervision.internal.investment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.supervision.SampleProjects;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/** {@link SampleProjects} on the stores, each project read by the same rules as a ledger row. */
@Component
class InvestmentSamples implements SampleProjects {

    private static final String SYSTEM = "演示数据";

    private final ProjectStore store;
    private final FigureStore figures;
    private final Projects projects;
    private final Clock clock;

    InvestmentSamples(ProjectStore store, FigureStore figures, Projects projects, Clock clock) {
        this.store = store;
        this.figures = figures;
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void target(long unitId, int year, int signedProjects, BigDecimal contracted, BigDecimal inPlace,
                       int startedProjects) {
        figures.target(new Target(unitId, year, signedProjects, contracted, inPlace, startedProjects));
    }

    @Override
    @Transactional
    public long project(long unitId, String name, String investor, String industry, String source, BigDecimal amount,
                        String leader, String stage, LocalDate on, String evidence) {
        List<InvalidReport.Problem> problems = new ArrayList<>();
        NewProject p = projects.rules().read(Map.of("name", name, "investor", investor, "industry", industry,
                "source", source, "amount", amount.toPlainString(), "unit", String.valueOf(unitId), "leader", leader,
                "stage", stage, "stageOn", on.toString(), "evidence", evidence), 1, problems);
        if (p == null) {
            throw new InvalidReport(problems);
        }
        long id = store.insert(p, OffsetDateTime.now(clock));
        store.addChange(id, p.stage(), on, evidence, SYSTEM, OffsetDateTime.now(clock));
        return id;
    }

    @Override
    @Transactional
    public void stage(long projectId, String stage, LocalDate on, String evidence) {
        Stage s = Stage.valueOf(stage.length() == 2 ? stageOf(stage) : stage);
        store.stage(projectId, s, on);
        store.addChange(projectId, s, on, evidence, SYSTEM, OffsetDateTime.now(clock));
    }

    private static String stageOf(String word) {
        for (Stage s : Stage.values()) {
            if (ProjectRules.word(s).equals(word)) {
                return s.name();
            }
        }
        return word;
    }

    @Override
    @Transactional
    public void month(long projectId, YearMonth month, BigDecimal contracted, BigDecimal inPlace) {
        store.month(projectId, month.atDay(1), contracted, inPlace);
    }
}

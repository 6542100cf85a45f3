package org.zhengwu.supervision.internal.stations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.publishing.SectionPublishing;
import org.zhengwu.supervision.internal.OnePageSection;

/**
 * The public list of the county's e-commerce stations (农村电商服务站点): one static page, {@code /dsfwz/}, in both
 * scripts, the stations grouped by township (the center first), each with its level, village, services, address and
 * state in words. Stations withdrawn (撤销) are left out; the operator's name and phone are never on it. Written in the
 * full rebuild and again after each change of a station ({@link StationsChanged}, after commit).
 */
@Component
class StationPages extends OnePageSection {

    static final String FOLDER = "/dsfwz/";
    static final String TITLE = "农村电商服务站点";

    private final StationStore store;
    private final SectionPublishing publishing;
    private final Clock clock;

    StationPages(StationStore store, SectionPublishing publishing, ChineseScript script, Clock clock) {
        super(FOLDER, TITLE, script);
        this.store = store;
        this.publishing = publishing;
        this.clock = clock;
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(StationsChanged event) {
        publishing.update(this::renderAll);
    }

    @Override
    protected String html() {
        List<Station> stations = store.list(null).stream().filter(s -> s.state() != StationState.CLOSED).toList();
        UnaryOperator<String> e = HtmlUtils::htmlEscape;
        StringBuilder b = new StringBuilder("<h1>").append(TITLE).append("</h1>\n");
        if (stations.isEmpty()) {
            return b.append("<p>暂无电商服务站点。</p>\n").toString();
        }
        b.append("<p>更新日期：").append(LocalDate.now(clock)).append("。共 ").append(stations.size())
                .append(" 个站点，按乡镇排列。</p>\n");
        Map<String, List<Station>> byTownship = new LinkedHashMap<>();
        stations.stream().filter(s -> s.level() == Level.COUNTY)
                .forEach(s -> byTownship.computeIfAbsent(Level.COUNTY.word(), k -> new java.util.ArrayList<>()).add(s));
        stations.stream().filter(s -> s.level() != Level.COUNTY)
                .forEach(s -> byTownship.computeIfAbsent(s.township(), k -> new java.util.ArrayList<>()).add(s));
        byTownship.forEach((township, list) -> {
            b.append("<h2>").append(e.apply(township)).append("</h2>\n<div class=\"wide\"><table>\n<caption>")
                    .append(e.apply(township)).append("的电商服务站点</caption>\n<thead><tr><th scope=\"col\">站点名称</th>")
                    .append("<th scope=\"col\">类别</th><th scope=\"col\">所在村</th><th scope=\"col\">服务项目</th>")
                    .append("<th scope=\"col\">地址</th><th scope=\"col\">状态</th></tr></thead>\n<tbody>\n");
            for (Station s : list) {
                b.append("<tr><th scope=\"row\">").append(e.apply(s.name())).append("</th><td>")
                        .append(s.level().word()).append("</td><td>")
                        .append(s.village() == null ? "—" : e.apply(s.village())).append("</td><td>")
                        .append(s.services().isEmpty() ? "—" : e.apply(String.join("、", s.services())))
                        .append("</td><td>").append(e.apply(s.address())).append("</td><td><strong class=\"tag\">")
                        .append(s.state().word()).append("</strong></td></tr>\n");
            }
            b.append("</tbody>\n</table></div>\n");
        });
        return b.toString();
    }
}

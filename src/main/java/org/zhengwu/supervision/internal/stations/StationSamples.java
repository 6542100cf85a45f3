package org.zhengwu.supervision.internal.stations;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.supervision.SampleStations;
import org.zhengwu.supervision.internal.reporting.ReportDesk;
import org.zhengwu.supervision.internal.reporting.SubjectReports;

/** {@link SampleStations} through the registry's own services, each station read by the console's rules. */
@Component
class StationSamples implements SampleStations {

    private final Stations stations;
    private final StationStore store;
    private final StationReports reports;
    private final StationChecklist checklist;
    private final MarketInfo market;
    private final SubjectReports subjectReports;
    private final ReportDesk desk;

    StationSamples(Stations stations, StationStore store, StationReports reports, StationChecklist checklist,
                   MarketInfo market, SubjectReports subjectReports, ReportDesk desk) {
        this.stations = stations;
        this.store = store;
        this.reports = reports;
        this.checklist = checklist;
        this.market = market;
        this.subjectReports = subjectReports;
        this.desk = desk;
    }

    @Override
    @Transactional
    public long station(String level, Long parentId, String name, long unitId, String township, String village,
                        String operatorName, String operatorPhone, String address, String latitude, String longitude,
                        LocalDate openedOn, List<String> services, YearMonth reportsFrom) {
        Map<String, String> typed = new HashMap<>(Map.of("level", level, "name", name, "unit", String.valueOf(unitId),
                "township", township, "operatorName", operatorName, "operatorPhone", operatorPhone, "address", address,
                "latitude", latitude, "longitude", longitude, "openedOn", openedOn.toString()));
        typed.put("state", StationState.OPERATING.name());
        typed.put("parent", parentId == null ? "" : parentId.toString());
        typed.put("village", village == null ? "" : village);
        long id = stations.create(typed, services);
        store.reportsFrom(id, reportsFrom.atDay(1));
        reports.openDue(store.find(id).orElseThrow());
        return id;
    }

    @Override
    @Transactional
    public void tick(long stationId, String item) {
        byte[] photo = photo();
        checklist.tick(stationId, item, "现场照片-" + item + ".png", new ByteArrayResource(photo), photo.length);
    }

    @Override
    @Transactional
    public void report(long stationId, YearMonth month, Map<String, String> figures, boolean approve) {
        Station s = store.find(stationId).orElseThrow();
        long id = subjectReports.open(StationReportForm.CODE, s.unitId(), s.id(), s.name(), month.atDay(1));
        desk.submit(id, figures);
        if (approve) {
            desk.approve(id);
        }
    }

    @Override
    @Transactional
    public void market(long stationId, String product, String price, String unit, String supply, LocalDate day) {
        market.report(Map.of("station", String.valueOf(stationId), "product", product, "price", price, "priceUnit", unit,
                "supply", supply, "reportedOn", day.toString()));
    }

    /** A small made-up photo: a grey-green square, enough for the checklist's evidence. */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x5a, 0x8f, 0x6a));
        g.fillRect(0, 0, 48, 32);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

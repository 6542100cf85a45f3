package org.zhengwu.supervision.internal.stations;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.FileType;
import org.zhengwu.platform.storage.UploadFolder;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * A station's fit-out checklist ("十个一", {@link StationOptions.Kind#CHECK}): an item is ticked with an evidence photo
 * (JPEG or PNG, at most {@link #MAX_BYTES}), checked by its name, size and bytes and kept under
 * {@code {data-dir}/stations/} ({@link UploadFolder}); a refused file is named with the reason and nothing is stored.
 * A new photo replaces the item's earlier one. The station's unit's staff and the managers tick; whoever reads the
 * station sees the photos.
 */
@Service
public class StationChecklist {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Set<FileType> IMAGES = Set.of(FileType.JPEG, FileType.PNG);

    /** An item of the current list and its tick, if any. */
    public record Item(String name, Tick tick) {

        public boolean done() {
            return tick != null;
        }
    }

    /** A tick: the photo's name as uploaded, where it is stored, who ticked and when. */
    public record Tick(String fileName, String storedName, String tickedBy, OffsetDateTime tickedAt) {
    }

    private final JdbcClient jdbc;
    private final Stations stations;
    private final StationOptions options;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final DataDirectory data;
    private final Clock clock;

    StationChecklist(JdbcClient jdbc, Stations stations, StationOptions options, UnitScope scope, AuditTrail audit,
                     DataDirectory data, Clock clock) {
        this.jdbc = jdbc;
        this.stations = stations;
        this.options = options;
        this.scope = scope;
        this.audit = audit;
        this.data = data;
        this.clock = clock;
    }

    /** The current checklist of a station the reader may see, item by item. */
    @Transactional(readOnly = true)
    public List<Item> items(long stationId) {
        stations.station(stationId);
        Map<String, Tick> ticks = ticks(List.of(stationId)).getOrDefault(stationId, Map.of());
        return options.items(StationOptions.Kind.CHECK).stream().map(n -> new Item(n, ticks.get(n))).toList();
    }

    /** How many of the current items each station has ticked, by station id. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> doneCounts() {
        List<String> current = options.items(StationOptions.Kind.CHECK);
        Map<Long, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT station_id, item FROM ec_station_check").query(rs -> {
            if (current.contains(rs.getString(2))) {
                counts.merge(rs.getLong(1), 1, Integer::sum);
            }
        });
        return counts;
    }

    /** Ticks an item of the station's checklist with its evidence photo. */
    @Transactional
    public void tick(long stationId, String item, String fileName, InputStreamSource content, long size) {
        Station s = stations.station(stationId);
        if (!stations.worksFor(s)) {
            throw new AccessDeniedException("only the station's unit or a manager ticks its checklist");
        }
        List<InvalidReport.Problem> problems = new ArrayList<>();
        if (item == null || !options.items(StationOptions.Kind.CHECK).contains(item)) {
            StationRules.add(problems, "item", "stations.check.required");
        }
        if (UploadFolder.blank(fileName, size)) {
            StationRules.add(problems, "photo", "stations.photo.missing");
        }
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        UploadFolder.Outcome o = folder().store(fileName, content, size, IMAGES, MAX_BYTES);
        if (!o.kept()) {
            StationRules.add(problems, "photo", "stations.photo." + o.refusal().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-'), o.name(), MAX_BYTES / (1024 * 1024));
            throw new InvalidReport(problems);
        }
        UploadFolder.Stored stored = o.stored();
        String by = scope.current().map(p -> p.displayName()).orElse("系统");
        Optional<Tick> earlier = Optional.ofNullable(ticks(List.of(stationId)).getOrDefault(stationId, Map.of())
                .get(item));
        jdbc.sql("DELETE FROM ec_station_check WHERE station_id = ? AND item = ?").params(stationId, item).update();
        jdbc.sql("INSERT INTO ec_station_check (station_id, item, file_name, stored_name, file_type, file_size, "
                        + "ticked_by, ticked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(stationId, item, stored.fileName(), stored.storedName(), stored.type().name(), stored.size(), by,
                        OffsetDateTime.now(clock))
                .update();
        audit.record(AuditEvent.of("stations.check", "station", stationId, s.unitId(), item + "：" + stored.fileName()));
        earlier.ifPresent(t -> folder().delete(List.of(new UploadFolder.Stored(t.fileName(), t.storedName(),
                FileType.JPEG, 0))));
    }

    /** The stored photo of a ticked item of a station the reader may see, with its type. */
    @Transactional(readOnly = true)
    public Optional<Photo> photo(long stationId, String item) {
        stations.station(stationId);
        return jdbc.sql("SELECT stored_name, file_type FROM ec_station_check WHERE station_id = ? AND item = ?")
                .params(stationId, item)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2)}).optional()
                .flatMap(r -> folder().resolve((String) r[0]).map(p -> new Photo(p, FileType.valueOf((String) r[1]))));
    }

    /** A stored photo and its type. */
    public record Photo(Path path, FileType type) {
    }

    private Map<Long, Map<String, Tick>> ticks(List<Long> stationIds) {
        Map<Long, Map<String, Tick>> ticks = new LinkedHashMap<>();
        for (long id : stationIds) {
            jdbc.sql("SELECT item, file_name, stored_name, ticked_by, ticked_at FROM ec_station_check WHERE station_id = ?")
                    .param(id).query(rs -> {
                        ticks.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(rs.getString(1), new Tick(
                                rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, OffsetDateTime.class)));
                    });
        }
        return ticks;
    }

    private UploadFolder folder() {
        return new UploadFolder(data.resolve("stations"), clock);
    }
}

package org.zhengwu.services.internal.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.platform.storage.FileType;

/** The table application_form_field: an item's own fields in order. */
@Repository
class FormStore {

    private final JdbcClient jdbc;

    FormStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FormField> fields(long itemId) {
        return jdbc.sql("SELECT field_key, label, field_type, required, help, options, file_types, max_megabytes "
                        + "FROM application_form_field WHERE item_id = ? ORDER BY position")
                .param(itemId)
                .query((rs, n) -> new FormField(rs.getString(1), rs.getString(2), FieldType.valueOf(rs.getString(3)),
                        rs.getBoolean(4), rs.getString(5), Arrays.asList(rs.getString(6).split("\n")),
                        types(rs.getString(7)), rs.getInt(8)))
                .list();
    }

    void replace(long itemId, List<FormField> fields) {
        jdbc.sql("DELETE FROM application_form_field WHERE item_id = ?").param(itemId).update();
        int position = 0;
        for (FormField f : fields) {
            jdbc.sql("INSERT INTO application_form_field (item_id, position, field_key, label, field_type, required, "
                            + "help, options, file_types, max_megabytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(itemId, ++position, f.key(), f.label(), f.type().name(), f.required(), f.help(),
                            String.join("\n", f.options()),
                            f.fileTypes().stream().sorted().map(FileType::name).collect(Collectors.joining(",")),
                            f.maxMegabytes())
                    .update();
        }
    }

    private static Set<FileType> types(String stored) {
        Set<FileType> types = EnumSet.noneOf(FileType.class);
        for (String s : stored.split(",")) {
            if (!s.isBlank()) {
                types.add(FileType.valueOf(s));
            }
        }
        return types;
    }
}

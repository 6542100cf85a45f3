package org.zhengwu.checks.internal;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table check_word: one row a word, unique by its folded form across the three lists. */
@Repository
class WordStore {

    private static final String COLUMNS = "id, kind, word, folded, replacement, created_by, created_at";
    private static final RowMapper<ListedWord> ROW = (rs, n) -> new ListedWord(rs.getLong("id"),
            WordKind.valueOf(rs.getString("kind")), rs.getString("word"), rs.getString("folded"),
            rs.getString("replacement"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));

    /** Changes whenever a word is added or removed: ids only grow, so any addition raises the largest. */
    record Version(long count, long maxId) {
    }

    record NewWord(WordKind kind, String word, String folded, String replacement) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    WordStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Version version() {
        return jdbc.sql("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM check_word")
                .query((rs, n) -> new Version(rs.getLong(1), rs.getLong(2))).single();
    }

    void forEach(Consumer<ListedWord> action) {
        jdbc.sql("SELECT " + COLUMNS + " FROM check_word ORDER BY id").query(ROW).stream().forEach(action);
    }

    Optional<ListedWord> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_word WHERE id = ?").param(id).query(ROW).optional();
    }

    Optional<ListedWord> byFolded(String folded) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_word WHERE folded = ?").param(folded).query(ROW).optional();
    }

    Set<String> allFolded() {
        return new HashSet<>(jdbc.sql("SELECT folded FROM check_word").query(String.class).list());
    }

    long insert(NewWord w, String createdBy, OffsetDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO check_word (kind, word, folded, replacement, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(w.kind().name(), w.word(), w.folded(), w.replacement(), createdBy, at)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void insertAll(List<NewWord> words, String createdBy, OffsetDateTime at) {
        template.batchUpdate("INSERT INTO check_word (kind, word, folded, replacement, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", words, 1000, (ps, w) -> {
                    ps.setString(1, w.kind().name());
                    ps.setString(2, w.word());
                    ps.setString(3, w.folded());
                    ps.setString(4, w.replacement());
                    ps.setString(5, createdBy);
                    ps.setObject(6, at);
                });
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM check_word WHERE id = ?").param(id).update() == 1;
    }

    /** One page of a list, newest first; {@code contains} (folded) filters on the word and the right form. */
    List<ListedWord> page(WordKind kind, String contains, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_word" + where(kind, contains)
                        + " ORDER BY id DESC LIMIT " + limit + " OFFSET " + offset)
                .params(params(kind, contains)).query(ROW).list();
    }

    int count(WordKind kind, String contains) {
        return jdbc.sql("SELECT COUNT(*) FROM check_word" + where(kind, contains))
                .params(params(kind, contains)).query(Integer.class).single();
    }

    /** A whole list in the order it was built. */
    List<ListedWord> list(WordKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_word WHERE kind = ? ORDER BY id").param(kind.name())
                .query(ROW).list();
    }

    private static String where(WordKind kind, String contains) {
        String sql = " WHERE kind = ?";
        if (contains != null) {
            sql += " AND (folded LIKE ? ESCAPE '!' OR word LIKE ? ESCAPE '!' OR replacement LIKE ? ESCAPE '!')";
        }
        return sql;
    }

    private static List<Object> params(WordKind kind, String contains) {
        if (contains == null) {
            return List.of(kind.name());
        }
        String like = "%" + contains.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return List.of(kind.name(), like, like, like);
    }
}

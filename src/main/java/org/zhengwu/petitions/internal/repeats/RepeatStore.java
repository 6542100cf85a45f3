package org.zhengwu.petitions.internal.repeats;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The remembered petitions' fingerprints (petition_repeat_matter) and keyed hashes (petition_repeat_key). */
@Repository
class RepeatStore {

    /** One remembered matter as the index reads it. */
    record Matter(long petitionId, long seq, boolean open, int[] words) {
    }

    /** A keyed hash of a kind (ID, NAME, ADDRESS). */
    record Key(String kind, String mac) {
    }

    private final JdbcClient jdbc;

    RepeatStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces what was remembered of the petition. */
    void replace(long petitionId, boolean open, int[] words, Collection<Key> keys) {
        jdbc.sql("DELETE FROM petition_repeat_matter WHERE petition_id = ?").param(petitionId).update();
        jdbc.sql("DELETE FROM petition_repeat_key WHERE petition_id = ?").param(petitionId).update();
        jdbc.sql("INSERT INTO petition_repeat_matter (petition_id, open, words) VALUES (?, ?, ?)")
                .params(petitionId, open, encode(words)).update();
        for (Key k : keys) {
            jdbc.sql("INSERT INTO petition_repeat_key (petition_id, kind, mac) VALUES (?, ?, ?)")
                    .params(petitionId, k.kind(), k.mac()).update();
        }
    }

    /** The matters remembered after {@code seq}, in order, one at a time. */
    long since(long seq, Consumer<Matter> each) {
        long[] last = {seq};
        jdbc.sql("SELECT petition_id, seq, open, words FROM petition_repeat_matter WHERE seq > ? ORDER BY seq")
                .param(seq)
                .query(rs -> {
                    Matter m = new Matter(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), decode(rs.getString(4)));
                    last[0] = Math.max(last[0], m.seq());
                    each.accept(m);
                });
        return last[0];
    }

    /** The petitions with one of these hashes, and which kinds matched; at most {@code limit} rows, newest first. */
    Map<Long, List<String>> withKeys(Collection<String> macs, int limit) {
        Map<Long, List<String>> found = new HashMap<>();
        if (macs.isEmpty()) {
            return found;
        }
        String marks = String.join(", ", macs.stream().map(m -> "?").toList());
        jdbc.sql("SELECT petition_id, kind FROM petition_repeat_key WHERE mac IN (" + marks + ") "
                        + "ORDER BY petition_id DESC LIMIT " + limit)
                .params(List.copyOf(macs))
                .query(rs -> {
                    found.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return found;
    }

    /** Whether each of these petitions is open, for those remembered (committed or in this transaction). */
    Map<Long, Boolean> open(Collection<Long> petitionIds) {
        Map<Long, Boolean> open = new HashMap<>();
        if (petitionIds.isEmpty()) {
            return open;
        }
        String marks = String.join(", ", petitionIds.stream().map(m -> "?").toList());
        jdbc.sql("SELECT petition_id, open FROM petition_repeat_matter WHERE petition_id IN (" + marks + ")")
                .params(List.copyOf(petitionIds))
                .query(rs -> {
                    open.put(rs.getLong(1), rs.getBoolean(2));
                });
        return open;
    }

    static String encode(int[] words) {
        ByteBuffer b = ByteBuffer.allocate(words.length * 4);
        for (int w : words) {
            b.putInt(w);
        }
        return Base64.getEncoder().withoutPadding().encodeToString(b.array());
    }

    static int[] decode(String stored) {
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(stored));
        int[] out = new int[b.remaining() / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getInt();
        }
        return out;
    }
}

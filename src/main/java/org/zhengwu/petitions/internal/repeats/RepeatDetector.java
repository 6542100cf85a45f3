package org.zhengwu.petitions.internal.repeats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengwu.petitions.PetitionParticulars;
import org.zhengwu.petitions.RepeatCandidate;
import org.zhengwu.petitions.RepeatCandidate.Reason;
import org.zhengwu.petitions.RepeatPetitions;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.text.ChineseScript;

/**
 * Repeat detection (ADR 0020): the same person by the keyed hashes of an ID number or a name, the same place by the
 * keyed hash of the address, the same matter by the cosine of the IDF-weighted words of the matter (found through the
 * in-memory {@link MatterIndex}, rebuilt from the fingerprints in the tables on first use and kept up by
 * {@link #remember} after its commit, and by the rows other nodes added). Every petition named is checked against the
 * tables, so a petition rolled back is never a candidate. Ranking: the same ID number first, then how alike the
 * matters read, a shared name or place adding a little.
 */
@Service
class RepeatDetector implements RepeatPetitions {

    /** The default of how alike two matters must read to be the same matter re-told (cosine, IDF-weighted). */
    static final double SIMILAR = 0.45;
    private static final int MAX_WORDS = 1500;
    private static final int MAX_KEY_ROWS = 500;

    private final RepeatStore store;
    private final ChineseScript script;
    private final Fingerprints fingerprints;
    private final MatterWords matterWords;
    private final MatterIndex index = new MatterIndex();
    private final double threshold;
    private final Map<Long, Long> seqOf = new HashMap<>();
    private long loadedSeq = -1;

    RepeatDetector(RepeatStore store, ChineseScript script, FieldCipher cipher,
                   @Value("${zhengwu.petitions.repeat-similarity:" + SIMILAR + "}") double similar) {
        if (similar <= 0 || similar > 1) {
            throw new IllegalArgumentException("zhengwu.petitions.repeat-similarity must be above 0 and at most 1");
        }
        this.threshold = similar;
        this.store = store;
        this.script = script;
        this.fingerprints = new Fingerprints(cipher);
        this.matterWords = new MatterWords(script, fingerprints);
    }

    @Override
    @Transactional
    public void remember(PetitionParticulars p) {
        check(p);
        int[] words = words(p.matter());
        store.replace(p.petitionId(), p.open(), words, keys(p));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    catchUp();
                }
            });
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<RepeatCandidate> candidates(PetitionParticulars p, int limit) {
        check(p);
        if (limit < 1 || limit > 100) {
            throw new RuleViolation("petition.repeat.limit", limit);
        }
        catchUp();
        int[] words = words(p.matter());
        Map<Long, Double> similar = new HashMap<>();
        index.similar(words, p.petitionId(), threshold, limit * 2)
                .forEach(s -> similar.put(s.petitionId(), s.similarity()));
        Map<Long, List<String>> byKey = store.withKeys(keys(p).stream().map(RepeatStore.Key::mac).toList(), MAX_KEY_ROWS);
        byKey.remove(p.petitionId());
        Set<Long> ids = new LinkedHashSet<>(similar.keySet());
        ids.addAll(byKey.keySet());
        Map<Long, Boolean> open = store.open(ids);
        List<RepeatCandidate> out = new ArrayList<>();
        for (long id : ids) {
            Boolean isOpen = open.get(id);
            if (isOpen == null) {
                continue; // named by the index, but not (or no longer) in the tables
            }
            double sim = similar.containsKey(id) ? similar.get(id) : index.similarity(words, id);
            Set<Reason> reasons = EnumSet.noneOf(Reason.class);
            for (String kind : byKey.getOrDefault(id, List.of())) {
                reasons.add(switch (kind) {
                    case "ID" -> Reason.SAME_ID_NUMBER;
                    case "NAME" -> Reason.SAME_NAME;
                    default -> Reason.SAME_ADDRESS;
                });
            }
            if (sim >= threshold) {
                reasons.add(Reason.SIMILAR_MATTER);
            }
            out.add(new RepeatCandidate(id, Math.round(sim * 1000) / 1000.0, reasons, isOpen));
        }
        out.sort(Comparator.comparingDouble(RepeatDetector::rank).reversed()
                .thenComparing(Comparator.comparingLong(RepeatCandidate::petitionId).reversed()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    private static double rank(RepeatCandidate c) {
        return c.similarity() + (c.reasons().contains(Reason.SAME_ID_NUMBER) ? 1 : 0)
                + (c.reasons().contains(Reason.SAME_NAME) ? 0.25 : 0)
                + (c.reasons().contains(Reason.SAME_ADDRESS) ? 0.25 : 0);
    }

    private static void check(PetitionParticulars p) {
        if (p == null || p.petitionId() <= 0) {
            throw new RuleViolation("petition.repeat.no-petition");
        }
    }

    private int[] words(String matter) {
        int[] w = matterWords.of(matter);
        return w.length > MAX_WORDS ? java.util.Arrays.copyOf(w, MAX_WORDS) : w;
    }

    private List<RepeatStore.Key> keys(PetitionParticulars p) {
        Set<RepeatStore.Key> keys = new LinkedHashSet<>();
        for (String id : nz(p.idNumbers())) {
            String n = Fingerprints.idNumber(id);
            if (!n.isEmpty()) {
                keys.add(new RepeatStore.Key("ID", fingerprints.particular("ID", n)));
            }
        }
        for (String name : nz(p.names())) {
            String n = name == null ? "" : Fingerprints.lettersAndDigits(script.toSimplified(name));
            if (!n.isEmpty()) {
                keys.add(new RepeatStore.Key("NAME", fingerprints.particular("NAME", n)));
            }
        }
        String address = p.address() == null ? "" : Fingerprints.lettersAndDigits(script.toSimplified(p.address()));
        if (address.length() >= 4) {
            keys.add(new RepeatStore.Key("ADDRESS", fingerprints.particular("ADDRESS", address)));
        }
        return List.copyOf(keys);
    }

    private static List<String> nz(List<String> l) {
        return l == null ? List.of() : l.stream().filter(s -> s != null).toList();
    }

    /** Reads the rows remembered since the last look (all of them the first time) into the index. */
    private synchronized void catchUp() {
        loadedSeq = store.since(Math.max(loadedSeq, 0), m -> {
            Long known = seqOf.put(m.petitionId(), m.seq());
            if (known == null || known < m.seq()) {
                index.put(m.petitionId(), m.words());
            }
        });
    }
}

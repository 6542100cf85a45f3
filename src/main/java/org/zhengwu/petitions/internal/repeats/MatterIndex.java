package org.zhengwu.petitions.internal.repeats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An inverted index of the matters' word fingerprints in memory, scored by cosine over IDF weights: a word that few
 * petitions use (a street, a company, 烧烤店) weighs much, a word that many use (问题, 反映) little, and a word in more
 * than one petition in twenty (and more than a thousand) is not walked (the best petitions found through the other words are then scored exactly,
 * common words included). A petition remembered again
 * replaces its earlier entry. It is only an accelerator: the tables are the record, and the detector checks every
 * petition it names against them. Thread-safe (one writer at a time, readers in parallel).
 */
final class MatterIndex {

    /** A scored petition. */
    record Scored(long petitionId, double similarity) {
    }

    private static final double WALKED_SHARE = 0.05;
    /** Below this many petitions every word is walked. */
    private static final int MIN_WALKED = 1000;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Integer, int[]> postings = new HashMap<>();
    private final Map<Integer, Integer> postingSizes = new HashMap<>();
    private final Map<Integer, Integer> df = new HashMap<>();
    private final Map<Long, Integer> slotOf = new HashMap<>();
    private long[] ids = new long[1024];
    private int[][] words = new int[1024][];
    private float[] norms = new float[1024];
    private int slots;
    private int live;
    private int normsComputedAt;

    /** Adds a petition's words, or replaces what it had. */
    void put(long petitionId, int[] sortedWords) {
        lock.writeLock().lock();
        try {
            Integer old = slotOf.remove(petitionId);
            if (old != null) {
                for (int w : words[old]) {
                    df.merge(w, -1, Integer::sum);
                }
                words[old] = null;
                live--;
            }
            if (slots == ids.length) {
                ids = Arrays.copyOf(ids, slots * 2);
                words = Arrays.copyOf(words, slots * 2);
                norms = Arrays.copyOf(norms, slots * 2);
            }
            int slot = slots++;
            ids[slot] = petitionId;
            words[slot] = sortedWords;
            slotOf.put(petitionId, slot);
            live++;
            for (int w : sortedWords) {
                df.merge(w, 1, Integer::sum);
                int n = postingSizes.getOrDefault(w, 0);
                int[] p = postings.get(w);
                if (p == null || p.length == n) {
                    p = p == null ? new int[4] : Arrays.copyOf(p, n * 2);
                    postings.put(w, p);
                }
                p[n] = slot;
                postingSizes.put(w, n + 1);
            }
            norms[slot] = norm(sortedWords);
            if (live > 2 * Math.max(normsComputedAt, 500)) {
                // the weights drift as petitions come: the lengths are worked out again each time the index doubles
                for (int s = 0; s < slots; s++) {
                    if (words[s] != null) {
                        norms[s] = norm(words[s]);
                    }
                }
                normsComputedAt = live;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The petitions whose matter reads at least {@code threshold} like these words, best first, at most {@code limit}. */
    List<Scored> similar(int[] query, long except, double threshold, int limit) {
        lock.readLock().lock();
        try {
            if (query.length == 0 || live == 0) {
                return List.of();
            }
            double qNorm = norm(query);
            float[] acc = new float[slots];
            int[] touched = new int[Math.min(slots, 4096)];
            int nTouched = 0;
            for (int w : query) {
                int d = df.getOrDefault(w, 0);
                if (d == 0 || d > Math.max(WALKED_SHARE * live, MIN_WALKED)) {
                    continue;
                }
                float weight = (float) square(idf(d));
                int[] p = postings.get(w);
                int n = postingSizes.get(w);
                for (int i = 0; i < n; i++) {
                    int s = p[i];
                    if (words[s] == null) {
                        continue;
                    }
                    if (acc[s] == 0) {
                        if (nTouched == touched.length) {
                            touched = Arrays.copyOf(touched, nTouched * 2);
                        }
                        touched[nTouched++] = s;
                    }
                    acc[s] += weight;
                }
            }
            // the walked words give a lower bound; the best of those are scored exactly, common words included
            PriorityQueue<Scored> rough = new PriorityQueue<>((a, b) -> Double.compare(a.similarity(), b.similarity()));
            int keep = limit * 4;
            for (int i = 0; i < nTouched; i++) {
                int s = touched[i];
                double sim = acc[s] / (qNorm * norms[s]);
                if (sim >= threshold / 2 && ids[s] != except) {
                    rough.add(new Scored(s, sim)); // the slot, for now
                    if (rough.size() > keep) {
                        rough.poll();
                    }
                }
            }
            List<Scored> out = new ArrayList<>();
            for (Scored r : rough) {
                int s = (int) r.petitionId();
                double sim = exact(query, qNorm, words[s]);
                if (sim >= threshold) {
                    out.add(new Scored(ids[s], sim));
                }
            }
            out.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
            return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How alike one remembered petition's matter reads to these words (0 when it is not in the index). */
    double similarity(int[] query, long petitionId) {
        lock.readLock().lock();
        try {
            Integer slot = slotOf.get(petitionId);
            if (slot == null || query.length == 0) {
                return 0;
            }
            return exact(query, norm(query), words[slot]);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The cosine of two sorted word sets under the current weights. */
    private double exact(int[] query, double qNorm, int[] d) {
        double shared = 0;
        for (int i = 0, j = 0; i < query.length && j < d.length; ) {
            if (query[i] == d[j]) {
                shared += square(idf(df.getOrDefault(query[i], 1)));
                i++;
                j++;
            } else if (query[i] < d[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, shared / (qNorm * norm(d)));
    }

    private float norm(int[] ws) {
        double sum = 0;
        for (int w : ws) {
            sum += square(idf(Math.max(1, df.getOrDefault(w, 0))));
        }
        return (float) Math.sqrt(Math.max(sum, 1e-9));
    }

    private double idf(int docFrequency) {
        return Math.log(1.0 + (double) Math.max(live, 1) / Math.max(docFrequency, 1));
    }

    private static double square(double x) {
        return x * x;
    }
}

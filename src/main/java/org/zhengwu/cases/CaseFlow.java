package org.zhengwu.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The states of one case type and the moves between them, as the owning module declares them. The engine refuses
 * any move the flow does not list (a {@link org.zhengwu.platform.RuleViolation} with key {@code cases.move.refused}),
 * so a case can never reach a state its type does not know. Each state belongs to a {@link CasePhase}; a state's
 * label is the message key {@code PREFIX.STATE} of the owning module's bundle.
 */
public final class CaseFlow {

    private final String labelPrefix;
    private final String initial;
    private final Map<String, CasePhase> phases;
    private final Map<String, Set<String>> moves;

    private CaseFlow(String labelPrefix, String initial, Map<String, CasePhase> phases, Map<String, Set<String>> moves) {
        this.labelPrefix = labelPrefix;
        this.initial = initial;
        this.phases = phases;
        this.moves = moves;
    }

    /** @param labelPrefix the message key prefix of the state labels, e.g. {@code interaction.letter.state} */
    public static Builder builder(String labelPrefix) {
        return new Builder(labelPrefix);
    }

    public String initialState() {
        return initial;
    }

    public Set<String> states() {
        return Collections.unmodifiableSet(phases.keySet());
    }

    public boolean knows(String state) {
        return phases.containsKey(state);
    }

    public CasePhase phaseOf(String state) {
        CasePhase p = phases.get(state);
        if (p == null) {
            throw new IllegalArgumentException("unknown state " + state);
        }
        return p;
    }

    public boolean allows(String from, String to) {
        return moves.getOrDefault(from, Set.of()).contains(to);
    }

    public Set<String> movesFrom(String state) {
        return Collections.unmodifiableSet(moves.getOrDefault(state, Set.of()));
    }

    /** The message key of a state's label, e.g. {@code interaction.letter.state.ANSWERED}. */
    public String labelKey(String state) {
        return labelPrefix + "." + state;
    }

    public static final class Builder {
        private final String labelPrefix;
        private String initial;
        private final Map<String, CasePhase> phases = new LinkedHashMap<>();
        private final Map<String, Set<String>> moves = new LinkedHashMap<>();

        private Builder(String labelPrefix) {
            this.labelPrefix = Objects.requireNonNull(labelPrefix);
        }

        /** Declares a state; the first one declared is where every case of the type starts. */
        public Builder state(String state, CasePhase phase) {
            if (state.length() > 30 || !state.matches("[A-Z][A-Z0-9_]*")) {
                throw new IllegalArgumentException("state codes are upper-case words of at most 30 characters: " + state);
            }
            if (phases.putIfAbsent(state, phase) != null) {
                throw new IllegalArgumentException("state declared twice: " + state);
            }
            if (initial == null) {
                initial = state;
            }
            return this;
        }

        /** Allows moving from one state to each of the others. */
        public Builder move(String from, String... to) {
            for (String s : to) {
                if (!phases.containsKey(from) || !phases.containsKey(s)) {
                    throw new IllegalArgumentException("declare states before their moves: " + from + " -> " + s);
                }
                moves.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(s);
            }
            return this;
        }

        public CaseFlow build() {
            if (initial == null || phases.get(initial) == CasePhase.CLOSED) {
                throw new IllegalStateException("a flow starts in a state that is not closed");
            }
            Map<String, Set<String>> frozen = new LinkedHashMap<>();
            moves.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
            return new CaseFlow(labelPrefix, initial, Collections.unmodifiableMap(new LinkedHashMap<>(phases)),
                    Collections.unmodifiableMap(frozen));
        }
    }
}

package org.zhengwu.cases.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseType;
import org.zhengwu.platform.RuleViolation;

/**
 * The registered {@link CaseType} beans by code. Two types with one code, or a code longer than the column, stop the
 * application at start-up rather than mixing two kinds of cases in one ledger.
 */
@Component
public class CaseTypes {

    static final int MAX_CODE = 30;

    private final Map<String, CaseType> byCode;

    CaseTypes(List<CaseType> types) {
        Map<String, CaseType> map = new LinkedHashMap<>();
        for (CaseType t : types) {
            String code = t.code();
            if (code == null || code.isBlank() || code.length() > MAX_CODE) {
                throw new IllegalStateException("a case type code has 1 to " + MAX_CODE + " characters: " + t);
            }
            CaseType before = map.putIfAbsent(code, t);
            if (before != null) {
                throw new IllegalStateException("two case types with code " + code + ": " + before + ", " + t);
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    /** The type of this code; an unknown code is refused with {@code cases.type.unknown}. */
    public CaseType get(String code) {
        return find(code).orElseThrow(() -> new RuleViolation("cases.type.unknown", code));
    }

    public Optional<CaseType> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public Collection<CaseType> all() {
        return byCode.values();
    }
}

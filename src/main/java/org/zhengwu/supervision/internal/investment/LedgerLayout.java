package org.zhengwu.supervision.internal.investment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project ledger's layout (项目台账), the same for the export and the import's default column mapping: one
 * column per field of {@link ProjectRules#FIELDS} in that order, then the export's two sums.
 */
public final class LedgerLayout {

    /** The headers of the project fields, by field. */
    public static final Map<String, String> HEADERS = headers();

    /** The export's last two columns: the months' sums (not read by the import). */
    static final List<String> SUMS = List.of("合同引资累计（万元）", "到位资金累计（万元）");

    /** Fields a ledger must have a column for; the others default (unit: the importing unit; evidence: 台账导入). */
    public static final List<String> REQUIRED = List.of("name", "investor", "industry", "source", "amount", "leader",
            "stage", "stageOn");

    private LedgerLayout() {
    }

    private static Map<String, String> headers() {
        List<String> labels = List.of("项目名称", "投资方", "所属行业", "项目来源", "总投资（万元）", "责任单位", "包联领导",
                "项目阶段", "阶段日期", "佐证材料");
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            m.put(ProjectRules.FIELDS.get(i), labels.get(i));
        }
        return m;
    }

    /** The column letter of a 0-based index: 0 is A, 26 is AA. */
    public static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    /** The 0-based index of a column letter (A, b, AA), or -1 when it is not one. */
    public static int index(String letter) {
        String l = letter == null ? "" : letter.strip().toUpperCase(java.util.Locale.ROOT);
        if (l.isEmpty() || l.length() > 3 || !l.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return -1;
        }
        int n = 0;
        for (char c : l.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }
}

package org.zhengwu.platform.text;

import com.hankcs.hanlp.HanLP;
import org.springframework.stereotype.Component;

/**
 * Phrase-level conversion with HanLP's OpenCC-derived dictionaries (后台→後臺, 头发→頭髮, 干部→幹部 but 干燥→乾燥).
 * Standard traditional forms, not the Taiwan vocabulary swaps (信息 stays 信息), so a mirror of official documents
 * stays faithful. The dictionaries load on first use (about a second), so the bean warms them up at start-up.
 */
@Component
public class HanlpChineseScript implements ChineseScript {

    public HanlpChineseScript() {
        HanLP.s2t("后台");
        HanLP.t2s("後臺");
    }

    @Override
    public String toTraditional(String simplified) {
        return simplified == null || simplified.isEmpty() ? simplified : HanLP.s2t(simplified);
    }

    @Override
    public String toSimplified(String traditional) {
        return traditional == null || traditional.isEmpty() ? traditional : HanLP.t2s(traditional);
    }
}

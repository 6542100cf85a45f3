package org.zhengwu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.platform.text.OpenccChineseScript;
import org.zhengwu.platform.text.ScriptVariant;

/**
 * The traditional-script mirror writes the right characters: phrases and place names that HanLP's converter or
 * OpenCC's forward matching got wrong in real government text (issue 11), and the words around them.
 */
class ChineseScriptTest {

    private static final ChineseScript TW = new OpenccChineseScript(ScriptVariant.TW);
    private static final ChineseScript HK = new OpenccChineseScript(ScriptVariant.HK);
    private static final ChineseScript T = new OpenccChineseScript(ScriptVariant.T);
    private static final ChineseScript TWP = new OpenccChineseScript(ScriptVariant.TWP);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            不断发展            | 不斷發展
            要爱护发展环境      | 要愛護發展環境
            牢牢把握发展机遇    | 牢牢把握發展機遇
            正处于黄金发展期    | 正處於黃金發展期
            积蓄发展后劲        | 積蓄發展後勁
            以资源换发展        | 以資源換發展
            一个好干部          | 一個好幹部
            这是我们该干的      | 這是我們該幹的
            杭州市江干区        | 杭州市江干區
            认定制度            | 認定制度
            最多只能由一人      | 最多只能由一人
            统一印制并发放      | 統一印製並發放
            积极争取并发挥作用  | 積極爭取並發揮作用
            要统筹兼顾，并力争  | 要統籌兼顧，並力爭
            清理后，并成立      | 清理後，並成立
            政府采购            | 政府採購
            电子商务开展采购    | 電子商務開展採購
            龙游县              | 龍游縣
            下坂村              | 下坂村
            共有2人参与         | 共有2人參與
            开展了解放思想大讨论 | 開展了解放思想大討論
            需求向应用转变      | 需求向應用轉變
            发展                | 發展
            干部                | 幹部
            制度                | 制度
            只能                | 只能
            并且                | 並且
            合并                | 合併
            头发                | 頭髮
            理发                | 理髮
            干燥                | 乾燥
            干净                | 乾淨
            骨干企业            | 骨幹企業
            范围                | 範圍
            后来                | 後來
            皇后                | 皇后
            一只羊              | 一隻羊
            系统                | 系統
            关系                | 關係
            联系                | 聯繫
            面包                | 麵包
            方面                | 方面
            复杂                | 複雜
            恢复                | 恢復
            重复                | 重複
            装备制造业          | 裝備製造業
            旅游                | 旅遊
            游泳                | 游泳
            尽快                | 儘快
            信息化              | 信息化
            会议通过了决议      | 會議通過了決議
            资金有紧有松        | 資金有緊有鬆
            松兴村              | 松興村
            """)
    void phrasesAndPlaceNamesAreConvertedAsWritten(String simplified, String traditional) {
        assertThat(TW.toTraditional(simplified)).isEqualTo(traditional);
    }

    @Test
    void theStandardIsASetting() {
        assertThat(TW.toTraditional("里面的群众和平台，台湾")).isEqualTo("裡面的群眾和平臺，臺灣");
        assertThat(HK.toTraditional("里面的群众和平台，台湾")).isEqualTo("裏面的羣眾和平台，台灣");
        assertThat(T.toTraditional("里面的群众和平台，台湾")).isEqualTo("裏面的羣衆和平臺，臺灣");
    }

    @Test
    void taiwanAndHongKongWriteCornerQuotationMarksAndKeepApostrophes() {
        assertThat(TW.toTraditional("他说：“要‘稳’字当头。”It’s OK")).isEqualTo("他說：「要『穩』字當頭。」It’s OK");
        assertThat(HK.toTraditional("“发展”")).isEqualTo("「發展」");
        assertThat(T.toTraditional("“发展”")).isEqualTo("“發展”");
    }

    @Test
    void taiwanVocabularyIsAVariantOfItsOwn() {
        assertThat(TW.toTraditional("信息项目")).isEqualTo("信息項目");
        assertThat(TWP.toTraditional("信息项目")).isEqualTo("資訊專案");
    }

    @Test
    void everyStandardFoldsBackToTheSameSimplifiedText() {
        for (String traditional : new String[] {"不斷發展的群眾衞生事業", "不斷髮展的羣衆衛生事業", "不斷發展的羣眾衞生事業"}) {
            assertThat(TW.toSimplified(traditional)).isEqualTo("不断发展的群众卫生事业");
        }
        assertThat(TW.toSimplified("頭髮乾燥，幹部並且")).isEqualTo("头发干燥，干部并且");
    }

    @Test
    void leavesMarkupAndLatinTextAlone() {
        assertThat(TW.toTraditional("<a href=\"/fgw/news/12.html\">发展改革 ABC 2026</a>"))
                .isEqualTo("<a href=\"/fgw/news/12.html\">發展改革 ABC 2026</a>");
    }

    @Test
    void anUnknownStandardIsRefusedByName() {
        assertThatThrownBy(() -> ScriptVariant.of("cn"))
                .hasMessageContaining("zhengwu.script.variant").hasMessageContaining("tw, twp, hk, t");
    }
}

package org.zhengwu.checks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhengwu.platform.text.OpenccChineseScript;
import org.zhengwu.platform.text.ScriptVariant;

class ScriptFoldingTest {

    private final ScriptFolding folding = new ScriptFolding(new OpenccChineseScript(ScriptVariant.TW));

    @Test
    void traditionalTextFoldsToSimplifiedWithoutMovingACharacter() {
        String text = "代開發票\n嚴禁群體性事件";
        String folded = folding.fold(text);
        assertThat(folded).isEqualTo("代开发票\n严禁群体性事件");
        assertThat(folded).hasSameSizeAs(text);
    }

    @Test
    void fullWidthLettersAndCapitalsFoldToLowerCaseAscii() {
        assertThat(folding.fold("ＶＰＮ和VPN")).isEqualTo("vpn和vpn");
    }

    @Test
    void aLineWhosePhraseConversionChangesItsLengthIsFoldedCharacterByCharacter() {
        // from the seed texts (mis-decoded characters): 皟 converts to 𤾀, one character outside the BMP, two chars long
        String line = "去化壓力極大?!皟纱箫L(fēng)險";
        assertThat(new OpenccChineseScript(ScriptVariant.TW).toSimplified(line).length()).isNotEqualTo(line.length());
        String folded = folding.fold("代開發票\n" + line);
        assertThat(folded).hasSize(5 + line.length());
        assertThat(folded).isEqualTo("代开发票\n去化压力极大?!皟纱箫l(fēng)险");
    }
}

package org.zhengwu.services.internal.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMaskTest {

    @Test
    void aThreeCharacterNameKeepsItsFirstAndLastCharacter() {
        assertThat(NameMask.mask("王小明")).isEqualTo("王*明");
    }

    @Test
    void aTwoCharacterNameKeepsOnlyItsFamilyName() {
        assertThat(NameMask.mask("李华")).isEqualTo("李*");
    }

    @Test
    void aLongerNameStarsEveryCharacterInBetween() {
        assertThat(NameMask.mask("欧阳娜娜")).isEqualTo("欧**娜");
        assertThat(NameMask.mask("买买提·艾力")).isEqualTo("买****力");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsAsOne() {
        assertThat(NameMask.mask("𠀋小明")).isEqualTo("𠀋*明");
    }
}

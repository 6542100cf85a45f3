package org.zhengwu.interaction.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.crypto.QueryCodes;

/** The letters' query codes, under the key they have always had (codes handed out before still match). */
@Configuration
class LetterQueryCodes {

    @Bean
    QueryCodes letterQueryCodes(FieldCipher cipher) {
        return new QueryCodes(cipher, "zhengwu letter query code");
    }
}

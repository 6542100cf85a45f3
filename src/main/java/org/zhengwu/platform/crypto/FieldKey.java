package org.zhengwu.platform.crypto;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengwu.platform.storage.DataDirectory;

/**
 * Where the field key comes from: {@code zhengwu.crypto.field-key} when set; otherwise {@code {data-dir}/keys/field.key},
 * generated on the first start (32 random bytes, owner-only) and logged, so an installation without configuration
 * still never keeps personal data in clear. The key is never part of the repository.
 */
@Configuration(proxyBeanMethods = false)
class FieldKey {

    static final String FILE = "field.key";

    @Bean
    FieldCipher fieldCipher(CryptoProperties crypto, DataDirectory data) {
        return new FieldCipher(crypto.fieldCipher(), key(crypto.fieldKey(), data.root().resolve("keys")));
    }

    static byte[] key(String configured, Path keyDir) {
        return KeyFiles.key(configured, "zhengwu.crypto.field-key", keyDir.resolve(FILE), 32, "字段加密密钥",
                "丢失后已加密的个人信息无法解密");
    }
}

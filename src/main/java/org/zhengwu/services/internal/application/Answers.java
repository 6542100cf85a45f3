package org.zhengwu.services.internal.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.zhengwu.platform.crypto.FieldCipher;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An application's typed answers as stored: JSON, encrypted whole with the field cipher. */
public final class Answers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Answers() {
    }

    static String seal(FieldCipher cipher, Map<String, String> answers) {
        return cipher.encrypt(JSON.writeValueAsString(answers));
    }

    public static Map<String, String> open(FieldCipher cipher, String sealed) {
        return JSON.readValue(cipher.decrypt(sealed), new TypeReference<LinkedHashMap<String, String>>() { });
    }
}

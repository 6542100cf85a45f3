package org.zhengwu.interaction.internal.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.crypto.FieldCipher;

/**
 * What is stored about who answered: a hash of the random respondent id from the browser's cookie (so a copy of the
 * table cannot be replayed as cookies) and a keyed hash of the client's address (so the cap per address works
 * without keeping addresses, which are personal data).
 */
@Component
class Respondents {

    /** The address stored for responses recorded by the system (paper questionnaires, the demo): not capped. */
    static final String RECORDED = "recorded";

    private final byte[] addressKey;

    Respondents(FieldCipher cipher) {
        this.addressKey = cipher.signingKey("zhengwu survey address");
    }

    String respondent(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String address(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(addressKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

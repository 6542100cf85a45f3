package org.zhengwu.petitions.internal.repeats;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zhengwu.platform.crypto.FieldCipher;

/**
 * Keyed hashes (HMAC-SHA-256 under a key derived from the installation's field key for this purpose alone): whoever
 * reads the tables but does not hold the key cannot test a guessed ID number or name against them. A petitioner's
 * particulars are normalised first (the ID number's check letter upper case, a name or an address without spaces and
 * punctuation, in simplified script), so 张 三 and 張三 hash alike.
 */
final class Fingerprints {

    private final SecretKeySpec key;

    Fingerprints(FieldCipher cipher) {
        this.key = new SecretKeySpec(cipher.signingKey("zhengwu petition repeats"), "HmacSHA256");
    }

    /** 64 hex digits for a particular of a kind (ID, NAME, ADDRESS): the kind is part of the input. */
    String particular(String kind, String normalised) {
        return HexFormat.of().formatHex(mac(kind + "\u0000" + normalised));
    }

    /** A word's 32-bit fingerprint. */
    int word(String word) {
        byte[] m = mac("W\u0000" + word);
        return (m[0] & 0xff) << 24 | (m[1] & 0xff) << 16 | (m[2] & 0xff) << 8 | (m[3] & 0xff);
    }

    static String idNumber(String raw) {
        return MatterWords.halfWidth(raw).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Letters and digits only: spaces, middle dots (·), commas and brackets of a name or an address go. */
    static String lettersAndDigits(String raw) {
        StringBuilder b = new StringBuilder();
        MatterWords.halfWidth(raw).codePoints().filter(Character::isLetterOrDigit)
                .forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
        return b.toString();
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

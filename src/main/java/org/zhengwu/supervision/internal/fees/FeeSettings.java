package org.zhengwu.supervision.internal.fees;

import java.math.BigDecimal;
import org.zhengwu.platform.RuleViolation;

/**
 * The 稿酬 rule, in fen: so much per full hundred characters of an item's text, and the range a bonus for an item
 * adopted by a higher-level site or singled out must lie in. The defaults are the seeds': 2 yuan per 100 characters,
 * a bonus of 20 to 100 yuan.
 */
public record FeeSettings(int fenPerHundred, int bonusMinFen, int bonusMaxFen) {

    public static final FeeSettings DEFAULTS = new FeeSettings(200, 2000, 10000);
    /** No rule here pays more than 1,000 yuan for one hundred characters or one bonus. */
    static final int MAX_FEN = 100_000;

    /** The fee of an item of this many characters, bonus aside. */
    public long baseFen(int characters) {
        return (long) (characters / 100) * fenPerHundred;
    }

    /** Settings typed in yuan; refuses what is not an amount or makes no sense, with the field's message. */
    public static FeeSettings parse(String perHundred, String bonusMin, String bonusMax) {
        int rate = fen(perHundred, "fee.settings.rate");
        int min = fen(bonusMin, "fee.settings.bonus-min");
        int max = fen(bonusMax, "fee.settings.bonus-max");
        if (min > max) {
            throw new RuleViolation("fee.settings.bonus-max.below-min");
        }
        return new FeeSettings(rate, min, max);
    }

    /** An amount in yuan with at most two decimals, from 0 up to 1,000, as fen; else the field's message. */
    public static int fen(String yuan, String field) {
        if (yuan == null || yuan.isBlank()) {
            throw new RuleViolation(field + ".required");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(yuan.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field + ".invalid", yuan.strip());
        }
        if (amount.scale() > 2 || amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(MAX_FEN, 2)) > 0) {
            throw new RuleViolation(field + ".invalid", yuan.strip());
        }
        return amount.movePointRight(2).intValueExact();
    }

    /** Fen as yuan with two decimals: 1250 is "12.50". */
    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}

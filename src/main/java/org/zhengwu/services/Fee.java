package org.zhengwu.services;

import java.math.BigDecimal;

/** One fee of an item (收费项目): its name, the amount in yuan and the document that sets it (收费依据). */
public record Fee(String name, BigDecimal amount, String basis) {

    public Fee {
        name = name == null ? "" : name.strip();
        basis = basis == null ? "" : basis.strip();
    }
}

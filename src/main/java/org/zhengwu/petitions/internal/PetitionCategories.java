package org.zhengwu.petitions.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The configurable list of petition categories (table petition_category, defaults from the migration). */
@Service
public class PetitionCategories {

    /** A category as the forms offer it. */
    public record Category(String code, String name) {
    }

    private final PetitionStore store;

    PetitionCategories(PetitionStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<Category> list() {
        return store.categories().stream().map(c -> new Category(c.code(), c.name())).toList();
    }

    /** Every category's name by code, also those no longer offered. */
    @Transactional(readOnly = true)
    public Map<String, String> names() {
        return store.categoryNames();
    }
}

package org.zhengwu.services;

/**
 * Many items were imported and put online at once (after commit): their pages and the index follow in one pass,
 * instead of one event per item, each of which would render every list the item is on.
 */
public record ServiceCatalogueImported(int items) {
}

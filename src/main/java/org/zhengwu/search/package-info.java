/**
 * Search: one index of every published item of the group, where simplified and traditional Chinese are one script
 * (both are folded to simplified before analysis). It listens to the content events; nothing calls it inline. The
 * index sits behind {@link org.zhengwu.search.SearchIndex} so a search server can replace the embedded Lucene index.
 */
package org.zhengwu.search;

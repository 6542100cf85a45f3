/**
 * Importing: brings a site group and its already-published articles over from another system. The {@code import}
 * command reads the corpus JSON Lines format (line 1 the sites and their columns, then one article a line), creates
 * the missing units, sites and columns, and stores the articles as published in batches through the content module.
 * Pages are rendered afterwards by the {@code rebuild} command.
 */
package org.zhengwu.importing;

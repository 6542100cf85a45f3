package org.zhengwu.platform.console;

import java.util.List;

/**
 * What a module contributes to the console's side navigation: a bean of the module implements it and lists its
 * pages. New pages appear in the navigation by being declared here, never by editing the shared layout.
 */
public interface ConsolePages {

    List<ConsoleEntry> consoleEntries();
}

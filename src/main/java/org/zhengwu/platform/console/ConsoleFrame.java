package org.zhengwu.platform.console;

/**
 * What the console's frame shows around every page: the side navigation, and in the top bar the person, their unit
 * and how many things wait for them.
 *
 * @param unit the person's unit; null for the group roles (they work for the whole site group)
 * @param path the address of the page in the frame
 */
public record ConsoleFrame(ConsoleMenu menu, String person, String unit, long todo, String path) {

    public static ConsoleFrame none() {
        return new ConsoleFrame(ConsoleMenu.empty(), null, null, 0, "");
    }
}

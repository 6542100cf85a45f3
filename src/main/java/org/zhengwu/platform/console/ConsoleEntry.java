package org.zhengwu.platform.console;

import java.util.EnumSet;
import java.util.Set;
import org.zhengwu.platform.security.StaffRole;

/**
 * One page in the console's side navigation: its area, the message key of its label, its address, the roles whose
 * work it is (those the console's URL rules and the module's service checks let in), and its place within the
 * area. The navigation shows it to those roles only.
 */
public record ConsoleEntry(ConsoleArea area, String labelKey, String path, Set<StaffRole> roles, int order) {

    public ConsoleEntry {
        if (!path.startsWith("/admin")) {
            throw new IllegalArgumentException("a console entry lives under /admin: " + path);
        }
        roles = Set.copyOf(roles);
    }

    public static ConsoleEntry of(ConsoleArea area, String labelKey, String path, int order, StaffRole... roles) {
        return new ConsoleEntry(area, labelKey, path, Set.of(roles), order);
    }

    /** For every role: pages of one's own account. */
    public static ConsoleEntry forEveryone(ConsoleArea area, String labelKey, String path, int order) {
        return new ConsoleEntry(area, labelKey, path, EnumSet.allOf(StaffRole.class), order);
    }

    public static ConsoleEntry forRoles(ConsoleArea area, String labelKey, String path, int order, Set<StaffRole> roles) {
        return new ConsoleEntry(area, labelKey, path, roles, order);
    }

    /** Whether the page at {@code uri} belongs to this entry: its own address or one below it. */
    public boolean covers(String uri) {
        return uri.equals(path) || uri.startsWith(path + "/");
    }
}

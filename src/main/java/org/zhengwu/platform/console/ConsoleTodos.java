package org.zhengwu.platform.console;

import java.util.List;
import org.zhengwu.platform.security.StaffPrincipal;

/**
 * The work waiting for a staff member in one module (items to review, letters due, overdue cases…), counted by the
 * module itself from its own data. Roles the module has no work for get an empty list.
 */
public interface ConsoleTodos {

    List<TodoCount> todos(StaffPrincipal staff);
}

/**
 * Demo: on the first start of an empty installation ({@code zhengwu.demo.enabled=true}, the default for the server)
 * creates the living site group of a fictional city from {@code demo/site-group.yaml} — portal, departments and
 * townships with their columns, footers and some fifty published items — and two surveys of the interaction hall (an
 * open one, and a solicitation with its results published), so a new user sees a working site at once. It never
 * touches a group that has any unit or site.
 */
package org.zhengwu.demo;

/**
 * The online service hall (办事服务): the catalogue of service items (事项) of every unit with their complete guides
 * (办事指南), each element its own field; the completeness of a guide and the rule that only a complete guide goes
 * online; the guides as JSON for other systems and as public pages in both scripts. Applications, approvals and
 * ratings come later, on the case engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services")
package org.zhengwu.services;

/**
 * Shared kernel: configuration, the data directory, clock, Chinese script conversion, the console layout and the
 * command-line launcher. Every module may use it; it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhengwu.platform;

package org.zhengwu.supervision.internal.stations;

/** Published after a station was registered or changed: the public list follows (after commit). */
public record StationsChanged(long stationId) {
}

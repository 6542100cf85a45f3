/**
 * Operations: health and Prometheus metrics on the management port, backup and restore of the embedded installation,
 * the nginx configuration, the OpenAPI document and reference page of the JSON APIs, and the API keys with which other
 * systems (新媒体, OA) feed content into a unit's site. See ADR 0022.
 */
package org.zhengwu.operations;

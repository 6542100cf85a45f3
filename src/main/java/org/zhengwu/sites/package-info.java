/**
 * Sites: units (departments, townships, offices), the one site each owns (the portal is one too), the shared theme
 * with per-site name, logo and colours, footer identity fields, and each site's column tree.
 */
package org.zhengwu.sites;

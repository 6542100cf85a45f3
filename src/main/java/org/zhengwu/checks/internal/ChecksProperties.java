package org.zhengwu.checks.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhengwu.checks.Finding;

/**
 * Settings under {@code zhengwu.checks.*}.
 *
 * @param allowedHosts hosts (and their subdomains) that links may point to without a warning besides government
 *        sites ({@code *.gov.cn}); by default the central state media that government sites routinely cite
 * @param externalLinks whether links to other sites are requested to see whether they still work
 * @param linkTimeout how long one request may take (connect, then answer)
 * @param linkCache how long the answer for an address is reused
 * @param maxExternalLinks at most this many different external addresses are requested per check
 * @param checkPrivateAddresses whether links that lead to loopback or private network addresses are requested;
 *        off, they are reported as unreachable for the public without a request (no probing of the intranet)
 * @param sensitiveSeverity how a sensitive word counts: a warning by default, or blocking
 */
@ConfigurationProperties("zhengwu.checks")
public record ChecksProperties(
        @DefaultValue({"news.cn", "xinhuanet.com", "people.com.cn", "cctv.com", "qstheory.cn", "12377.cn"})
        List<String> allowedHosts,
        @DefaultValue("true") boolean externalLinks,
        @DefaultValue("3s") Duration linkTimeout,
        @DefaultValue("10m") Duration linkCache,
        @DefaultValue("50") int maxExternalLinks,
        @DefaultValue("false") boolean checkPrivateAddresses,
        @DefaultValue("WARNING") Finding.Severity sensitiveSeverity) {

    public ChecksProperties {
        allowedHosts = allowedHosts == null ? List.of()
                : allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                        .map(h -> h.startsWith("*.") ? h.substring(2) : h).toList();
    }

    /** Whether a host is a government site or on the allow-list (a listed host covers its subdomains). */
    public boolean trusted(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.equals("gov.cn") || h.endsWith(".gov.cn")) {
            return true;
        }
        for (String allowed : allowedHosts) {
            if (h.equals(allowed) || h.endsWith("." + allowed)) {
                return true;
            }
        }
        return false;
    }
}

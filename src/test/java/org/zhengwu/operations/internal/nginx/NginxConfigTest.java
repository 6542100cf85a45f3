package org.zhengwu.operations.internal.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengwu.sites.Site;

/** The generated nginx configuration: the published tree from the disk, everything else from the application. */
class NginxConfigTest {

    private final Site education = new Site(2, 20, "jyj", "教育局", "jyj.qinghe.gov.cn", false,
            new Site.Theme(null, Site.Theme.DEFAULT_COLOR), Site.FooterIdentity.empty(), 0);

    @Test
    void thePortalsHostServesThePublishedTreeWithItsGzipCopiesAndPassesTheRestToTheApplication() {
        String conf = NginxConfig.render(URI.create("https://www.qinghe.gov.cn"), Path.of("/srv/zhengwu/data/public"),
                8080, List.of());
        assertThat(conf).contains("server 127.0.0.1:8080;", "server_name www.qinghe.gov.cn;",
                "return 301 https://$host$request_uri;", "root /srv/zhengwu/data/public;", "gzip_static on;",
                "try_files $uri $uri/index.html @zhengwu;", "location ~ ^/(admin|api|open311|v3/api-docs|uploads)(/|$)",
                "proxy_pass http://zhengwu;", "~^text/css                 \"public, max-age=86400\"",
                "default                    \"no-cache\"", "listen 443 ssl http2;");
        assertThat(NginxConfig.proxySettings()).contains("X-Forwarded-For $remote_addr", "X-Forwarded-Proto $scheme");
    }

    @Test
    void aSiteWithAHostOfItsOwnLooksUpItsAddressesUnderItsFolderFirst() {
        String conf = NginxConfig.render(URI.create("http://www.qinghe.gov.cn"), Path.of("/data/public"), 9000,
                List.of(education));
        assertThat(conf).contains("server_name www.qinghe.gov.cn jyj.qinghe.gov.cn;", "server_name jyj.qinghe.gov.cn;",
                "try_files /jyj$uri /jyj$uri/index.html $uri $uri/index.html @zhengwu;", "server 127.0.0.1:9000;");
    }
}

package org.zhengwu.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Installation settings under {@code zhengwu.*}.
 *
 * @param dataDir where the embedded database, published pages, uploads and the search index live
 * @param baseUrl the public address of the portal, used in feeds and sitemaps
 * @param demo whether a first start on an empty database creates the demo site group
 */
@ConfigurationProperties("zhengwu")
public record ZhengwuProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Demo demo) {

    public record Demo(@DefaultValue("true") boolean enabled) {
    }
}

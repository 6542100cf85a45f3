package org.zhengwu.operations.internal.nginx;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.ZhengwuProperties;
import org.zhengwu.platform.cli.Command;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * {@code java -jar zhengwu.jar nginx-config [--server.port=8080]}: prints an nginx configuration for this installation
 * ({@link NginxConfig}): the portal's host from {@code zhengwu.base-url}, the published tree of the data directory,
 * and a server for every site with a host name of its own; then the proxy settings file it includes.
 */
@Component
class NginxConfigCommand implements Command {

    private final ZhengwuProperties properties;
    private final DataDirectory data;
    private final SiteDirectory sites;
    private final Environment environment;
    private PrintStream out = System.out;

    NginxConfigCommand(ZhengwuProperties properties, DataDirectory data, SiteDirectory sites, Environment environment) {
        this.properties = properties;
        this.data = data;
        this.sites = sites;
        this.environment = environment;
    }

    void output(PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "nginx-config";
    }

    @Override
    public String usage() {
        return "nginx-config           打印 nginx 配置：直接提供已发布的静态页面（gzip_static、缓存头），其余转给本应用";
    }

    @Override
    public int run(List<String> args) {
        int port = environment.getProperty("server.port", Integer.class, 8080);
        List<Site> ownHosts = sites.sites().stream().filter(s -> s.host() != null && !s.host().isBlank()).toList();
        out.print(NginxConfig.render(URI.create(properties.baseUrl()), data.publicPages(), port, ownHosts));
        out.println();
        out.print(NginxConfig.proxySettings());
        return 0;
    }
}

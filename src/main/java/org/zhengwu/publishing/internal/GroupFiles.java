package org.zhengwu.publishing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * The files of the published tree that belong to no site: the stylesheet, {@code /robots.txt} (the console and the
 * API kept out, every site's sitemap named) and {@code /favicon.ico}. Written by a full rebuild and, where missing,
 * on start, so that a server (or nginx) serving the tree never answers 404 for them.
 */
@Component
class GroupFiles {

    static final String[] PATHS = {"/assets/site.css", "/robots.txt", "/favicon.ico"};

    private final PublicFolder folder;
    private final SiteDirectory sites;
    private final Frames frames;

    GroupFiles(PublicFolder folder, SiteDirectory sites, Frames frames) {
        this.folder = folder;
        this.sites = sites;
        this.frames = frames;
    }

    boolean complete() {
        for (String path : PATHS) {
            if (!folder.exists(path)) {
                return false;
            }
        }
        return true;
    }

    void write() {
        folder.write("/assets/site.css", resource("static/assets/site.css"));
        folder.write("/favicon.ico", resource("static/favicon.ico"));
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\nDisallow: /admin/\nDisallow: /api/\n");
        for (Site s : sites.sites()) {
            robots.append("Sitemap: ").append(frames.baseUrl()).append(PublicPaths.sitemap(s.code())).append('\n');
        }
        folder.write("/robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

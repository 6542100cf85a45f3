package org.zhengwu.operations;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.zhengwu.operations.internal.backup.Restore;

/**
 * {@code java -jar zhengwu.jar restore DIR [--zhengwu.data-dir=…]}: restores a backup into a fresh data directory.
 * It runs before the application starts, since starting would open (and create) the database it is to restore; it
 * reads only the settings (application.properties, environment, command line) to find the data directory.
 */
public final class RestoreLauncher {

    private RestoreLauncher() {
    }

    /** Whether the command line asks for a restore. */
    public static boolean asked(String[] args) {
        return words(args).stream().findFirst().map("restore"::equals).orElse(false);
    }

    /** Restores and returns the exit code: 0 done, 1 refused, 2 wrong usage. */
    public static int run(String[] args) {
        List<String> words = words(args);
        if (words.size() != 2) {
            System.out.println("用法 (usage): java -jar zhengwu.jar restore DIR [--zhengwu.data-dir=新的空数据目录]");
            return 2;
        }
        Path dataDir;
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            dataDir = Path.of(settings.getEnvironment().getProperty("zhengwu.data-dir", "./data"));
        }
        try {
            Restore.Summary s = Restore.run(Path.of(words.get(1)), dataDir);
            System.out.println("restore: " + dataDir.toAbsolutePath().normalize() + " (database " + s.databaseFiles()
                    + " files, " + s.files() + " other files)");
            System.out.println("下一步：启动后运行 java -jar zhengwu.jar rebuild 重新生成网站页面（备份不含页面时）；搜索索引在首次启动时自动重建。");
            return 0;
        } catch (Restore.Refused e) {
            System.out.println("restore refused: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            System.out.println("restore failed: " + e);
            return 1;
        }
    }

    private static List<String> words(String[] args) {
        return java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
    }

    /** No beans: the context exists only to read the settings the application would read. */
    @Configuration(proxyBeanMethods = false)
    static class SettingsOnly {
    }
}

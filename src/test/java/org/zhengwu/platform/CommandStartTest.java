package org.zhengwu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhengwu.ZhengwuApplication;
import org.zhengwu.platform.cli.CommandLauncher;

/**
 * The jar started as a command ({@code java -jar zhengwu.jar import FILE}) runs without a web server: every bean the
 * commands need must start there too, or the import and rebuild commands die before doing anything.
 */
class CommandStartTest {

    @Test
    void theApplicationStartsAsACommandWithoutAWebServerAndListsItsCommands() {
        Run run = start("help");
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("import", "rebuild").doesNotContain("没有这个命令");
    }

    @Test
    void aMistypedCommandDoesNotStartTheServerButSaysSoAndExitsWithTwo() {
        assertThat(CommandLauncher.isCommand(new String[] {"inspct"})).isTrue();
        assertThat(CommandLauncher.isCommand(new String[] {"--zhengwu.data-dir=/tmp/x", "inspct"})).isTrue();
        assertThat(CommandLauncher.isCommand(new String[] {"--zhengwu.data-dir=/tmp/x"})).isFalse();
        Run run = start("inspct");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).contains("没有这个命令 (no such command): inspct", "用法", "import", "rebuild", "reindex");
    }

    @Test
    void aCommandGetsItsOwnOptionsWithTheirValuesWhileSettingsGoToTheApplication() {
        Run run = start("inspect", "--format", "json");
        assertThat(run.exit).isZero();
        assertThat(run.out).doesNotContain("usage: inspect").contains("[]");
    }

    private record Run(int exit, String out) {}

    private static Run start(String... words) {
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(words), java.util.stream.Stream.of(
                "--spring.datasource.url=jdbc:h2:mem:cmd-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.flyway.schemas=PUBLIC", // its own in-memory database, also in the suite's PostgreSQL pass
                "--zhengwu.data-dir=target/test-data/cmd-" + UUID.randomUUID())).toArray(String[]::new);
        assertThat(CommandLauncher.isCommand(args)).isTrue();
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengwuApplication.class)
                .web(WebApplicationType.NONE).profiles("command").run(args)) {
            exit = SpringApplication.exit(context);
        } finally {
            System.setOut(original);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }
}

package org.zhengwu.platform.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Runs the command named by the first non-option argument, when the application was started as a command. */
@Component
@Profile("command")
public class CommandLauncher implements ApplicationRunner, ExitCodeGenerator {

    private static final Set<String> WORDS = Set.of("import", "rebuild", "reindex", "help");

    private final List<Command> commands;
    private int exitCode;

    CommandLauncher(List<Command> commands) {
        this.commands = commands;
    }

    /** Whether these arguments ask for a command rather than the server. */
    public static boolean isCommand(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().map(WORDS::contains).orElse(false);
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        List<String> words = arguments.getNonOptionArgs();
        String name = words.get(0);
        Command command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null) {
            System.out.println("用法 (usage):");
            commands.forEach(c -> System.out.println("  java -jar zhengwu.jar " + c.usage()));
            exitCode = "help".equals(name) ? 0 : 2;
            return;
        }
        exitCode = command.run(words.subList(1, words.size()));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

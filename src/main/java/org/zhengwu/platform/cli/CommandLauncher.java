package org.zhengwu.platform.cli;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Runs the command named by the first non-option argument, when the application was started as a command. The server
 * takes only {@code --name=value} settings, so any other word asks for a command; which commands exist is known only
 * from the {@link Command} beans, so a word that names none of them prints the usage and exits 2 instead of starting
 * the server.
 */
@Component
@Profile("command")
public class CommandLauncher implements ApplicationRunner, ExitCodeGenerator {

    private final List<Command> commands;
    private int exitCode;

    CommandLauncher(List<Command> commands) {
        this.commands = commands;
    }

    /** Whether these arguments ask for a command rather than the server: any word besides {@code --settings}. */
    public static boolean isCommand(String[] args) {
        return Arrays.stream(args).anyMatch(a -> !a.startsWith("--"));
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        // the command's own words in order, options included (inspect --format json): only --name=value settings are
        // the application's (Spring's non-option arguments would drop "--format" and leave "json" alone)
        List<String> words = Arrays.stream(arguments.getSourceArgs())
                .filter(a -> !(a.startsWith("--") && a.indexOf('=') > 2)).toList();
        String name = words.get(0);
        Command command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null) {
            if (!"help".equals(name)) {
                System.out.println("没有这个命令 (no such command): " + name);
            }
            System.out.println("用法 (usage):");
            System.out.println("  java -jar zhengwu.jar [--name=value ...]    (the server)");
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

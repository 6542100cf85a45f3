package org.zhengwu.platform.cli;

import java.util.List;

/** A job run from the command line, such as {@code import FILE.jsonl} or {@code rebuild}. */
public interface Command {

    /** The word that starts it: {@code java -jar zhengwu.jar <name> [args]}. */
    String name();

    /** One line for the usage text. */
    String usage();

    /** Runs the job; returns the process exit code (0 for success). */
    int run(List<String> args) throws Exception;
}

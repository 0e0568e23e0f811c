package dev.assumerole;

import dev.assumerole.cli.CommandLineTool;
import dev.assumerole.lsp.ServerLauncher;
import dev.assumerole.startup.ClassDataTraining;

/**
 * Starts the language server on stdin and stdout when given no arguments or only {@code --stdio}, which
 * vscode-languageclient adds; {@value ClassDataTraining#VERB} records a class-data archive; any other arguments run
 * the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Guice then builds objects through reflection instead of generating classes, which saves about 30 ms
        // of every start. Nothing here uses the method interception that class generation enables.
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        if (args.length == 0 || (args.length == 1 && args[0].equals("--stdio"))) {
            ServerLauncher.launch();
            return;
        }
        if (args.length == 1 && args[0].equals(ClassDataTraining.VERB)) {
            System.exit(ClassDataTraining.run());
        }
        System.exit(CommandLineTool.run(args));
    }
}

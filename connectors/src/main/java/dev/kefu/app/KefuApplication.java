package dev.kefu.app;

import dev.kefu.app.cli.EvalCommand;
import dev.kefu.app.cli.TrainCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The kefu service; {@code eval …} or {@code train …} as first argument runs that command instead and exits. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KefuApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("eval")) {
            System.exit(EvalCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("train")) {
            System.exit(TrainCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(KefuApplication.class, args);
    }
}

package org.zhengwu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.zhengwu.operations.RestoreLauncher;
import org.zhengwu.platform.cli.CommandLauncher;

/**
 * Zhengwu: the site group, interaction hall, service hall and supervision center of one government.
 * Without arguments it serves; with a command word ({@code import FILE}, {@code rebuild}) it runs that job and exits.
 */
// Bean names are fully qualified so two modules may each have, say, a package-private Texts class.
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "platform")
public class ZhengwuApplication {

    public static void main(String[] args) {
        if (RestoreLauncher.asked(args)) {
            // before the context: starting would open (and create) the database the restore is to put in place
            System.exit(RestoreLauncher.run(args));
        }
        SpringApplication app = new SpringApplication(ZhengwuApplication.class);
        if (CommandLauncher.isCommand(args)) {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("command");
            System.exit(SpringApplication.exit(app.run(args)));
        }
        app.run(args);
    }
}

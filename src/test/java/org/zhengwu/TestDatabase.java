package org.zhengwu;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Starts every test run from an empty schema, so a PostgreSQL database left by an earlier run cannot leak in. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}

package org.zhengwu;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * For a test class that needs a site group of its own (an empty one, or one with a fixed portal): its application
 * context gets its own database. On H2 every context has a fresh in-memory database anyway; on PostgreSQL the test
 * runs in a schema of its own, cleaned and migrated when the context starts like the shared one.
 *
 * <pre>
 * &#64;DynamicPropertySource
 * static void ownDatabase(DynamicPropertyRegistry registry) { OwnDatabase.use(registry, "zhengwu_demo"); }
 * </pre>
 */
public final class OwnDatabase {

    private OwnDatabase() {
    }

    public static void use(DynamicPropertyRegistry registry, String name) {
        String url = System.getProperty("spring.datasource.url");
        // a build with its own base schema (parallel builds on one machine) gets its own schemas here too
        String base = System.getProperty("spring.flyway.schemas", "zhengwu_test");
        String schema = "zhengwu_test".equals(base) ? name : base + "_" + name;
        if ("postgres".equals(System.getProperty("zhengwu.test.database")) && url != null) {
            String own = url.contains("currentSchema=") ? url.replaceAll("currentSchema=[^&]*", "currentSchema=" + schema)
                    : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            registry.add("spring.datasource.url", () -> own);
            registry.add("spring.flyway.schemas", () -> schema);
        }
        // a marker so the context differs from the shared one even on H2 (and so gets its own in-memory database)
        registry.add("zhengwu.test.own-database", () -> schema);
    }
}

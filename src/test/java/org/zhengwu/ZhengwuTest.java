package org.zhengwu;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application against the test database: a fresh in-memory H2, or the machine's PostgreSQL when the build
 * runs the suite there (see pom.xml), and an SMTP server of its own ({@link TestMail}). Every integration test uses
 * this one configuration so the context is shared.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.mail.host=127.0.0.1")
@AutoConfigureMockMvc
@Import({TestDatabase.class, TestMail.class})
public @interface ZhengwuTest {
}

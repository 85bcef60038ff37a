package org.partnershiphealth.advisor.web;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The same API tests on PostgreSQL (the postgres profile), in a schema of their own so runs never collide. Skipped,
 * with a message, where no PostgreSQL listens on PHA_TEST_PG_HOST:PHA_TEST_PG_PORT (default 127.0.0.1:5432).
 */
@ActiveProfiles("postgres")
@ExtendWith(PostgresServiceApiTest.PostgresReachable.class)
class PostgresServiceApiTest extends ServiceApiTest {

    static final String HOST = System.getenv().getOrDefault("PHA_TEST_PG_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("PHA_TEST_PG_PORT", "5432"));
    static final String SCHEMA = "pha_test_" + Long.toString(System.nanoTime(), 36);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://" + HOST + ":" + PORT + "/"
                + System.getenv().getOrDefault("PHA_TEST_PG_DATABASE", "test") + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("PHA_TEST_PG_USER", "postgres"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("PHA_TEST_PG_PASSWORD", ""));
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    static final class PostgresReachable implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, PORT), 1000);
                return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + HOST + ":" + PORT);
            } catch (Exception e) {
                return ConditionEvaluationResult.disabled("PostgreSQL is not reachable at " + HOST + ":" + PORT
                        + ", so the PostgreSQL API tests are skipped (the H2 ones still run)");
            }
        }
    }
}

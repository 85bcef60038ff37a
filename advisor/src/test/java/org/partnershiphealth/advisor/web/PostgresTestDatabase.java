package org.partnershiphealth.advisor.web;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The PostgreSQL the web tests run on: PHA_TEST_PG_HOST:PHA_TEST_PG_PORT (default 127.0.0.1:5432), database
 * PHA_TEST_PG_DATABASE (test), each test class in a schema of its own so runs never collide. A test class that
 * extends with {@link Reachable} is skipped, with a message, where no PostgreSQL listens.
 */
final class PostgresTestDatabase {

    static final String HOST = System.getenv().getOrDefault("PHA_TEST_PG_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("PHA_TEST_PG_PORT", "5432"));

    private PostgresTestDatabase() {
    }

    /** Points the application at a fresh schema of the test database. */
    static void register(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://" + HOST + ":" + PORT + "/"
                + System.getenv().getOrDefault("PHA_TEST_PG_DATABASE", "test") + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("PHA_TEST_PG_USER", "postgres"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("PHA_TEST_PG_PASSWORD", ""));
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    static String freshSchema() {
        return "pha_test_" + Long.toString(System.nanoTime(), 36);
    }

    static final class Reachable implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, PORT), 1000);
                return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + HOST + ":" + PORT);
            } catch (Exception e) {
                return ConditionEvaluationResult.disabled("PostgreSQL is not reachable at " + HOST + ":" + PORT
                        + ", so the PostgreSQL web tests are skipped (the H2 ones still run)");
            }
        }
    }
}

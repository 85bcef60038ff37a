package org.partnershiphealth.advisor.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Concurrent requests of one session on PostgreSQL; skipped with a message where none is reachable. */
@ActiveProfiles("postgres")
@ExtendWith(PostgresTestDatabase.Reachable.class)
class PostgresConcurrentSessionTest extends ConcurrentSessionTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, PostgresTestDatabase.freshSchema());
    }
}

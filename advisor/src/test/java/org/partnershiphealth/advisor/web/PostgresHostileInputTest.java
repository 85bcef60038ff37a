package org.partnershiphealth.advisor.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The attack suite on PostgreSQL (the postgres profile); skipped with a message where none is reachable. */
@ActiveProfiles("postgres")
@ExtendWith(PostgresTestDatabase.Reachable.class)
class PostgresHostileInputTest extends HostileInputTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, PostgresTestDatabase.freshSchema());
    }
}

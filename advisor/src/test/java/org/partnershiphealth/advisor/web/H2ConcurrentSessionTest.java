package org.partnershiphealth.advisor.web;

import org.springframework.test.context.TestPropertySource;

/** Concurrent requests of one session on the embedded H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:pha-sessions;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class H2ConcurrentSessionTest extends ConcurrentSessionTest {
}

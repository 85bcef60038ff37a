package org.partnershiphealth.advisor.web;

import org.springframework.test.context.TestPropertySource;

/** The attack suite on the embedded H2 database, as a fresh install runs it. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:pha-hostile;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class H2HostileInputTest extends HostileInputTest {
}

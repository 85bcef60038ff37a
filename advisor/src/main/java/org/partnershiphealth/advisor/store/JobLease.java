package org.partnershiphealth.advisor.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Makes scheduled work run once when several replicas of the service share one database: a job runs on the
 * replica that takes its lease, one conditional update that only one replica can win while the lease lasts. No
 * lock is held during the work, so a replica that dies mid-job only delays the next run until the lease ends.
 */
@Repository
public class JobLease {

    /** This process, as the lease table names it (for an operator reading the table). */
    private static final String HOLDER = UUID.randomUUID().toString().substring(0, 8) + "@"
            + ProcessHandle.current().pid();

    private final JdbcClient jdbc;

    public JobLease(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the job's lease for {@code length} if nobody holds it; says whether this replica should run the job. */
    public boolean take(String job, Duration length) {
        Instant now = Instant.now();
        return jdbc.sql("update job_lease set leased_until = :until, leased_by = :holder"
                        + " where name = :job and leased_until < :now")
                .param("until", Timestamp.from(now.plus(length))).param("holder", HOLDER).param("job", job)
                .param("now", Timestamp.from(now)).update() == 1;
    }
}

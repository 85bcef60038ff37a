package org.partnershiphealth.advisor.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;

/**
 * Web sessions live in the database (so any replica serves any request), and several requests of one session may
 * arrive together: tabs opened at once right after logging in each create the session's CSRF token. Spring
 * Session's plain INSERT of an attribute then fails all but one of them with a duplicate key, after their pages were
 * written, as a 500. Writing an attribute as an upsert lets the last one win, as an in-memory session would.
 */
@Configuration(proxyBeanMethods = false)
class WebSessionStore {

    /** H2's own upsert: update the row with the same key, or insert it. */
    static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME,"
            + " ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesWrittenAsUpserts(DataSource dataSource)
            throws MetaDataAccessException {
        String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        if (database.contains("PostgreSQL")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
    }
}

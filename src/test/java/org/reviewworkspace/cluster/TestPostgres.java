package org.reviewworkspace.cluster;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the cluster tests run against: {@code REVIEW_TEST_POSTGRES=host:port},
 * a superuser {@code postgres} that needs no password on that address (what {@code .ci/run}
 * starts on loopback). Without it the cluster tests are skipped, and say so.
 */
public final class TestPostgres {

    static final String VARIABLE = "REVIEW_TEST_POSTGRES";
    static final String USER = "postgres";

    private TestPostgres() {
    }

    /** Skips the calling test, with the reason, when no PostgreSQL server was given. */
    public static void assumeAvailable() {
        boolean given = server() != null;
        if (!given) {
            System.out.println("Cluster tests skipped: no PostgreSQL server (set " + VARIABLE
                    + "=host:port; .ci/run starts one)");
        }
        assumeTrue(given, VARIABLE + " is not set: no PostgreSQL server for the cluster tests");
    }

    static String server() {
        String server = System.getenv(VARIABLE);
        return server == null || server.isBlank() ? null : server.trim();
    }

    /** An empty database of that name (dropped first if it exists); returns its JDBC URL. */
    public static String freshDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, "");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + " on " + server(), e);
        }
        return url(name);
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + server() + "/" + database;
    }
}

package org.accountatlas.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;

import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/** Databases for store tests, and a look at what is committed without going through the resource. */
final class StoreFixture {

    static final Date SAMPLE_DAY = Date.from(LocalDate.of(2026, 11, 1).atStartOfDay().toInstant(ZoneOffset.UTC));

    private StoreFixture() {
    }

    static DatabaseResource createSample(Path directory) throws IOException {
        DatabaseResource resource = AtlasDatabase.create(new ResourceSetImpl(), directory);
        resource.getContents().add(SamplePortfolio.build(SAMPLE_DAY));
        resource.save(null);
        return resource;
    }

    static DatabaseResource reopen(DatabaseResource resource) throws IOException {
        Path directory = resource.location();
        resource.unload();
        return AtlasDatabase.open(new ResourceSetImpl(), directory);
    }

    static Portfolio portfolio(DatabaseResource resource) {
        return AtlasDatabase.portfolioOf(resource);
    }

    /** Reads one column of one row on a separate connection, as another reader would see it. */
    static String committedValue(Path directory, String table, String column, String id) throws SQLException {
        try (Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + directory, new Properties());
                PreparedStatement ps = connection.prepareStatement(
                        "SELECT \"" + column + "\" FROM \"" + table + "\" WHERE \"ID\" = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static int committedRows(Path directory, String table) throws SQLException {
        try (Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + directory, new Properties());
                ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

}

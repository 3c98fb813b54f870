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
        return createSample(new DatabaseAddress.Embedded(directory));
    }

    static DatabaseResource createSample(DatabaseAddress address) throws IOException {
        DatabaseResource resource = AtlasDatabase.create(new ResourceSetImpl(), address);
        resource.getContents().add(SamplePortfolio.build(SAMPLE_DAY));
        resource.save(null);
        return resource;
    }

    static DatabaseResource reopen(DatabaseResource resource) throws IOException {
        DatabaseAddress address = resource.address();
        resource.unload();
        return AtlasDatabase.open(new ResourceSetImpl(), address);
    }

    /** A second client of the same database (a server), as another person's session would be. */
    static DatabaseResource another(DatabaseResource resource) throws IOException {
        return AtlasDatabase.open(new ResourceSetImpl(), resource.address());
    }

    /** A new empty database on the throwaway PostgreSQL server; the test is skipped where none can run. */
    static DatabaseAddress.Server serverDatabase() throws SQLException {
        return org.accountatlas.store.testing.ThrowawayPostgres.sharedOrSkip().newDatabase("store");
    }

    /** Fails naming the first lines where two XMI texts differ (the whole texts are too long to read). */
    static void assertSameXmi(String expected, String actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        java.util.List<String> a = expected.lines().toList();
        java.util.List<String> b = actual.lines().toList();
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        StringBuilder report = new StringBuilder(what + ": the XMI differs from line " + (i + 1) + " (" + a.size()
                + " lines expected, " + b.size() + " found)\n");
        for (int k = i; k < Math.min(i + 3, Math.max(a.size(), b.size())); k++) {
            report.append("- ").append(k < a.size() ? a.get(k) : "").append("\n+ ").append(k < b.size() ? b.get(k) : "")
                    .append("\n");
        }
        throw new org.opentest4j.AssertionFailedError(report.toString());
    }

    /** The model as XMI text, to compare two states of a portfolio exactly. */
    static String xmi(org.eclipse.emf.ecore.resource.Resource resource) throws IOException {
        org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl copy = new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(
                org.eclipse.emf.common.util.URI.createURI("memory:/x.xmi")) {
            @Override
            protected boolean useUUIDs() {
                return false;
            }
        };
        java.util.Collection<org.eclipse.emf.ecore.EObject> roots = org.eclipse.emf.ecore.util.EcoreUtil.copyAll(
                resource.getContents());
        copy.getContents().addAll(roots);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        copy.save(out, java.util.Map.of(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_ENCODING, "UTF-8"));
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
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

package org.accountatlas.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * API and internals told apart in every Account Atlas bundle's manifest: a package exported only to some
 * (x-internal or x-friends) is an internal one by its name (or EMF's generated {@code impl}), an internal
 * package is never exported as API, and a friend named is one that really uses the package.
 */
class ApiAndInternalsTest {

    /** One entry of an Export-Package header. */
    record Export(String bundle, String name, boolean internal, List<String> friends) {
    }

    private static List<Bundle> ours() {
        BundleContext context = FrameworkUtil.getBundle(ApiAndInternalsTest.class).getBundleContext();
        return Stream.of(context.getBundles()).filter(b -> b.getSymbolicName().startsWith("org.accountatlas."))
                .filter(b -> !b.getSymbolicName().endsWith(".tests")).toList();
    }

    static List<Export> exports(Bundle bundle) {
        String header = bundle.getHeaders("").get("Export-Package");
        List<Export> exports = new ArrayList<>();
        if (header == null) {
            return exports;
        }
        for (String clause : split(header)) {
            String[] parts = clause.split(";");
            boolean internal = false;
            List<String> friends = List.of();
            for (int i = 1; i < parts.length; i++) {
                String directive = parts[i].strip();
                if (directive.replace(" ", "").equals("x-internal:=true")) {
                    internal = true;
                } else if (directive.startsWith("x-friends:=")) {
                    friends = List.of(directive.substring("x-friends:=".length()).replace("\"", "").split(","));
                }
            }
            exports.add(new Export(bundle.getSymbolicName(), parts[0].strip(), internal, friends));
        }
        return exports;
    }

    /** The header's clauses: commas inside quotes (friend lists) do not separate. */
    private static List<String> split(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        if (!clause.isEmpty()) {
            clauses.add(clause.toString().strip());
        }
        return clauses;
    }

    private static boolean internalByName(String name) {
        return name.contains(".internal") || name.endsWith(".impl");
    }

    @Test
    void onlyInternalPackagesAreExportedToSomeAndInternalOnesNeverToAll() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Bundle bundle : ours()) {
            for (Export export : exports(bundle)) {
                checked++;
                boolean restricted = export.internal() || !export.friends().isEmpty();
                if (restricted != internalByName(export.name())) {
                    wrong.add(export.bundle() + ": " + export.name() + (restricted ? " is restricted but not internal"
                            : " is internal but exported as API"));
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 20, "only " + checked + " exported packages found");
    }

    @Test
    void everyFriendNamedUsesThePackage() {
        List<String> unused = new ArrayList<>();
        BundleContext context = FrameworkUtil.getBundle(ApiAndInternalsTest.class).getBundleContext();
        for (Bundle bundle : ours()) {
            for (Export export : exports(bundle)) {
                for (String friend : export.friends()) {
                    Bundle user = Stream.of(context.getBundles()).filter(b -> b.getSymbolicName().equals(friend))
                            .findFirst().orElse(null);
                    if (user == null) {
                        continue; // not installed here (the benchmarks): cannot be checked in this run
                    }
                    if (user.getHeaders("").get("Fragment-Host") != null || !wiredTo(user, bundle)) {
                        unused.add(export.bundle() + ": " + export.name() + " names " + friend
                                + ", which does not use it (fragments see their host's packages anyway)");
                    }
                }
            }
        }
        assertEquals(List.of(), unused);
    }

    private static boolean wiredTo(Bundle user, Bundle provider) {
        BundleWiring wiring = user.adapt(BundleWiring.class);
        if (wiring == null) {
            return false;
        }
        for (BundleWire wire : wiring.getRequiredWires(null)) {
            if (wire.getProvider().getBundle().equals(provider)) {
                return true;
            }
        }
        return false;
    }
}

package org.accountatlas.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Model, edit, store, analysis, the diagram core and its export, sample, the session and the command line
 * must run without a display: none of them may reach SWT, JFace or the workbench, directly or through
 * anything they depend on.
 */
class HeadlessBundlesTest {

    private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.e4.ui");

    @ParameterizedTest
    @ValueSource(strings = { "org.accountatlas.model", "org.accountatlas.edit", "org.accountatlas.store",
        "org.accountatlas.analysis", "org.accountatlas.charts", "org.accountatlas.review", "org.accountatlas.diagram", "org.accountatlas.diagram.export", "org.accountatlas.sample",
        "org.accountatlas.importer", "org.accountatlas.session", "org.accountatlas.cli" })
    void reachesNoUserInterfaceBundle(String name) {
        Bundle bundle = find(name);
        assertNotNull(bundle.adapt(BundleWiring.class), name + " is not resolved");
        Set<String> reachable = reachableFrom(bundle);
        List<String> ui = reachable.stream().filter(b -> UI_PREFIXES.stream().anyMatch(b::startsWith)).toList();
        assertEquals(List.of(), ui, name + " depends on user-interface bundles");
    }

    private static Bundle find(String name) {
        BundleContext context = FrameworkUtil.getBundle(HeadlessBundlesTest.class).getBundleContext();
        return Stream.of(context.getBundles()).filter(b -> b.getSymbolicName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not installed"));
    }

    /** Every bundle whose packages or classes the given bundle can load, through required wires. */
    private static Set<String> reachableFrom(Bundle start) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<BundleWiring> todo = new ArrayDeque<>();
        todo.add(start.adapt(BundleWiring.class));
        while (!todo.isEmpty()) {
            BundleWiring wiring = todo.pop();
            if (wiring == null || !seen.add(wiring.getBundle().getSymbolicName())) {
                continue;
            }
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                todo.add(wire.getProviderWiring());
            }
        }
        return seen;
    }
}

package org.accountatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

    @TempDir
    Path dir;

    /** Every stored feature of every class set to a value that is not its default, saved and read back. */
    @Test
    void everyFeatureOfEveryClassSurvivesSaveAndLoad() throws Exception {
        Portfolio portfolio = SamplePortfolio.build(StoreFixture.SAMPLE_DAY);
        fillEveryAttribute(portfolio);
        assertEveryConcreteClassPresent(portfolio);

        DatabaseResource resource = AtlasDatabase.create(new ResourceSetImpl(), newAddress());
        resource.getContents().add(portfolio);
        resource.save(null);
        List<EObject> before = snapshot(resource);
        DatabaseResource reloaded = StoreFixture.reopen(resource);
        try {
            assertSameModel(before, snapshot(reloaded));
            assertTrue(reloaded.getWarnings().isEmpty(), reloaded.getWarnings().toString());
        } finally {
            reloaded.unload();
        }
    }

    /** Where the test's database goes: a directory here, a server database in the subclass for PostgreSQL. */
    DatabaseAddress newAddress() throws Exception {
        return new DatabaseAddress.Embedded(dir.resolve("db"));
    }

    @Test
    void theRegisteredSchemeOpensADatabaseThroughThePlainResourceApi() throws Exception {
        DatabaseAddress address = newAddress();
        StoreFixture.createSample(address).unload();
        URI uri = address.uri();
        assertEquals(address.isServer() ? "postgresql" : "atlasdb", uri.scheme());
        Resource resource = new ResourceSetImpl().getResource(uri, true);
        try {
            assertInstanceOf(DatabaseResource.class, resource);
            Portfolio portfolio = (Portfolio) resource.getContents().get(0);
            assertEquals(42, portfolio.getAccounts().size());
            String id = EcoreUtil.getID(portfolio.getAccounts().get(3));
            assertEquals(portfolio.getAccounts().get(3), resource.getEObject(id), "ids are URI fragments");
        } finally {
            resource.unload();
        }
    }

    private static void fillEveryAttribute(Portfolio portfolio) {
        Date date = new Date(1_700_000_123_456L);
        for (Iterator<EObject> it = EcoreUtil.getAllContents(List.of(portfolio)); it.hasNext();) {
            EObject object = it.next();
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute.isID() || attribute.isTransient() || object.eIsSet(attribute)) {
                    continue;
                }
                object.eSet(attribute, valueFor(attribute, date));
            }
        }
    }

    private static Object valueFor(EAttribute attribute, Date date) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            return eEnum.getELiterals().get(eEnum.getELiterals().size() - 1).getInstance();
        } else if (type == String.class) {
            return attribute.getName() + " ‘値’ 中文";
        } else if (type == int.class) {
            return 4;
        } else if (type == double.class) {
            return 12.625;
        } else if (type == Date.class) {
            return date;
        }
        throw new AssertionError("no test value for " + attribute);
    }

    private static void assertEveryConcreteClassPresent(Portfolio portfolio) {
        Set<EClass> present = new HashSet<>();
        present.add(portfolio.eClass());
        portfolio.eAllContents().forEachRemaining(e -> present.add(e.eClass()));
        for (EClassifier classifier : AtlasPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract()) {
                assertTrue(present.contains(c), c.getName() + " is missing from the round-trip model");
            }
        }
    }

    private static List<EObject> snapshot(Resource resource) {
        List<EObject> all = new ArrayList<>();
        resource.getAllContents().forEachRemaining(all::add);
        return all;
    }

    /** Same objects in the same containment order, with equal stored features; references compared by id. */
    private static void assertSameModel(List<EObject> expected, List<EObject> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            EObject e = expected.get(i);
            EObject a = actual.get(i);
            assertEquals(e.eClass(), a.eClass());
            assertEquals(EcoreUtil.getID(e), EcoreUtil.getID(a));
            for (EStructuralFeature feature : e.eClass().getEAllStructuralFeatures()) {
                if (feature.isTransient() || feature instanceof EReference r && r.isContainment()) {
                    continue;
                }
                String where = e.eClass().getName() + "." + feature.getName();
                assertEquals(comparable(e.eGet(feature)), comparable(a.eGet(feature)), where);
            }
            assertFalse(a.eIsProxy());
        }
    }

    private static Object comparable(Object value) {
        if (value instanceof EObject object) {
            return EcoreUtil.getID(object);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RoundTripTest::comparable).toList();
        }
        return value;
    }
}

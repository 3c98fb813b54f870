package org.accountatlas.diagram.service;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import org.accountatlas.diagram.description.DescriptionPackage;
import org.accountatlas.diagram.description.DescriptionSet;
import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.model.AtlasPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** The diagram descriptions: those Account Atlas ships (descriptions/atlas.description), or any other file. */
public final class Descriptions {

    private static volatile DescriptionSet shipped;

    private Descriptions() {
    }

    /** The shipped descriptions, loaded once and checked; a broken file fails with every problem named. */
    public static DescriptionSet shipped() {
        if (shipped == null) {
            synchronized (Descriptions.class) {
                if (shipped == null) {
                    URL url = Descriptions.class.getResource("/descriptions/atlas.description");
                    if (url == null) {
                        throw new IllegalStateException("descriptions/atlas.description is missing from the bundle");
                    }
                    DescriptionSet loaded = load(URI.createURI(url.toString()));
                    DescriptionCheck.failOnProblems(loaded, "descriptions/atlas.description");
                    translateLabels(loaded);
                    shipped = loaded;
                }
            }
        }
        return shipped;
    }

    /** Diagram types, tools, layers and filters named in the user's language, as Sirius resolves "%keys". */
    private static void translateLabels(DescriptionSet set) {
        for (var contents = set.eAllContents(); contents.hasNext();) {
            org.eclipse.emf.ecore.EObject object = contents.next();
            org.eclipse.emf.ecore.EStructuralFeature label = object.eClass().getEStructuralFeature("label");
            if (label instanceof org.eclipse.emf.ecore.EAttribute && object.eGet(label) instanceof String english) {
                object.eSet(label, MapWords.label(english));
            }
        }
    }

    /** The descriptions in the file; an exception names the file when it cannot be read. */
    public static DescriptionSet load(URI uri) {
        DescriptionPackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        Resource resource = resourceSet.createResource(uri);
        try {
            resource.load(Map.of());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the diagram descriptions " + uri + ": " + e.getMessage(), e);
        }
        return (DescriptionSet) resource.getContents().get(0);
    }

    /** The description of that name (hierarchy, decision-map), or an exception naming the known ones. */
    public static DiagramDescription named(DescriptionSet set, String name) {
        return set.getDiagrams().stream().filter(d -> d.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No diagram type '" + name + "'; known: "
                        + set.getDiagrams().stream().map(DiagramDescription::getName).toList()));
    }

    /** The model class a description names, or null. */
    public static EClass domainClass(String name) {
        return name != null && AtlasPackage.eINSTANCE.getEClassifier(name) instanceof EClass type ? type : null;
    }
}

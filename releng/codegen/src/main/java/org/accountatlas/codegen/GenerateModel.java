package org.accountatlas.codegen;

import java.io.File;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Headless EMF code generation: reconciles atlas.genmodel with atlas.ecore, saves it, and generates the
 * model and edit code into the bundles' src-gen folders. JMerger keeps everything marked @generated NOT.
 */
public final class GenerateModel {

    private static final String[] BUNDLES = { "org.accountatlas.model", "org.accountatlas.edit", "org.accountatlas.diagram" };

    public static void main(String[] args) throws Exception {
        File repo = new File(args.length > 0 ? args[0] : ".").getCanonicalFile();
        mapPlatformResources(repo);
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        generate("/org.accountatlas.model/model/atlas.genmodel", true);
        // The diagram layer's descriptions and representations: model code only (their editor is our own).
        generate("/org.accountatlas.diagram/model/diagram.genmodel", false);
    }

    private static void generate(String path, boolean withEdit) throws Exception {
        GenModel genModel = loadGenModel(path);
        completeNewPackages(genModel);
        Diagnostic reconciled = genModel.diagnose();
        if (reconciled.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException(path + " is invalid: " + reconciled);
        }
        genModel.reconcile();
        if (withEdit) {
            PropertyDescriptions.fromDocumentation(genModel);
        }
        genModel.eResource().save(Map.of());
        genModel.setCanGenerate(true);

        Generator generator = new Generator();
        generator.setInput(genModel);
        report(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor.Printing(System.out)));
        if (withEdit) {
            report(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor.Printing(System.out)));
            PropertyDescriptions.writeChinese(genModel, editBundle(genModel));
        }
    }

    private static File editBundle(GenModel genModel) {
        URI platform = URI.createPlatformResourceURI(genModel.getEditDirectory(), true).trimSegments(1).appendSegment("");
        return new File(URIConverter.URI_MAP.getOrDefault(platform, platform).toFileString());
    }

    /**
     * A genmodel written by hand names its packages only; the first run fills in their classes from the Ecore
     * files (keeping the prefix and base package), later runs reconcile as usual.
     */
    private static void completeNewPackages(GenModel genModel) {
        if (genModel.getGenPackages().stream().noneMatch(p -> p.getGenClassifiers().isEmpty())) {
            return;
        }
        java.util.List<org.eclipse.emf.codegen.ecore.genmodel.GenPackage> named = new java.util.ArrayList<>(genModel.getGenPackages());
        java.util.List<org.eclipse.emf.ecore.EPackage> packages = named.stream().map(p -> p.getEcorePackage()).toList();
        genModel.getGenPackages().clear();
        genModel.initialize(packages);
        for (int i = 0; i < named.size(); i++) {
            var generated = genModel.getGenPackages().get(i);
            generated.setPrefix(named.get(i).getPrefix());
            generated.setBasePackage(named.get(i).getBasePackage());
            generated.setDisposableProviderFactory(true);
        }
    }

    private static void mapPlatformResources(File repo) {
        for (String bundle : BUNDLES) {
            URI platform = URI.createPlatformResourceURI("/" + bundle + "/", true);
            URI file = URI.createFileURI(new File(repo, "plugins/" + bundle).getPath() + "/");
            URIConverter.URI_MAP.put(platform, file);
        }
    }

    private static GenModel loadGenModel(String path) {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        URI uri = URI.createPlatformResourceURI(path, true);
        Resource resource = resourceSet.getResource(uri, true);
        return (GenModel) resource.getContents().get(0);
    }

    private static void report(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() != Diagnostic.OK) {
            System.out.println(diagnostic);
        }
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Code generation failed");
        }
    }
}

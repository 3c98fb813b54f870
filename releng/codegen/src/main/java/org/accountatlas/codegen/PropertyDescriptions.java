package org.accountatlas.codegen;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Tooltips come from the Ecore: each feature's documentation becomes its property description (the edit
 * bundle's {@code _UI_Class_feature_description}, in plugin.properties), and its Chinese documentation (the
 * {@value #NL_SOURCE} annotation) the same key in plugin_zh.properties. Without this EMF.Edit describes every
 * feature as "The Profit of the Account".
 */
final class PropertyDescriptions {

    static final String NL_SOURCE = "http://accountatlas.org/model/atlas/nl";
    private static final String CHINESE_KEY = "documentation.zh";
    private static final String BEGIN = "# Property descriptions (tooltips), written by releng/codegen from atlas.ecore";

    private PropertyDescriptions() {
    }

    static void fromDocumentation(GenModel genModel) {
        for (GenFeature feature : features(genModel)) {
            String documentation = EcoreUtil.getDocumentation(feature.getEcoreFeature());
            if (documentation != null && !documentation.isBlank()) {
                feature.setPropertyDescription(documentation);
            }
        }
    }

    /** Replaces the generated block of plugin_zh.properties, keeping every hand-written line. */
    static void writeChinese(GenModel genModel, File editBundle) throws IOException {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (GenFeature feature : features(genModel)) {
            EStructuralFeature ecore = feature.getEcoreFeature();
            String chinese = EcoreUtil.getAnnotation(ecore, NL_SOURCE, CHINESE_KEY);
            if (chinese != null && feature.getPropertyDescription() != null) {
                descriptions.put("_UI_" + feature.getGenClass().getName() + "_" + feature.getName() + "_description",
                        chinese);
            }
        }
        Path file = editBundle.toPath().resolve("plugin_zh.properties");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.equals(BEGIN)) {
                break; // the generated block is always last
            }
            lines.add(line);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        lines.add("");
        lines.add(BEGIN);
        descriptions.forEach((key, value) -> lines.add(key + " = " + value));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static List<GenFeature> features(GenModel genModel) {
        List<GenFeature> features = new ArrayList<>();
        for (GenPackage genPackage : genModel.getGenPackages()) {
            for (GenClass genClass : genPackage.getGenClasses()) {
                features.addAll(genClass.getGenFeatures());
            }
        }
        return features;
    }
}

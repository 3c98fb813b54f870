package org.accountatlas.edit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.Portfolio;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

class AtlasDiagnosticianTest {

    @Test
    void everyClassHasAReadableLabel() {
        AtlasDiagnostician diagnostician = new AtlasDiagnostician();
        try {
            for (EClassifier classifier : AtlasPackage.eINSTANCE.getEClassifiers()) {
                if (classifier instanceof EClass c && !c.isAbstract()) {
                    String label = diagnostician.getObjectLabel(EcoreUtil.create(c));
                    assertFalse(label.isBlank(), c.getName());
                    assertFalse(label.contains("@"), "not Object.toString(): " + label);
                }
            }
        } finally {
            diagnostician.dispose();
        }
    }

    @Test
    void problemsNameTheElementAsTheWorkbenchShowsIt() {
        Portfolio portfolio = AtlasFactory.eINSTANCE.createPortfolio();
        portfolio.setName("P");
        Account account = AtlasFactory.eINSTANCE.createAccount();
        account.setName("华夏钢铁集团");
        account.setOwnershipPercent(120);
        portfolio.getAccounts().add(account);
        XMIResourceImpl resource = new XMIResourceImpl();
        resource.getContents().add(portfolio);

        AtlasDiagnostician diagnostician = new AtlasDiagnostician();
        try {
            List<Diagnostic> problems = AtlasDiagnostician.problems(diagnostician.validate(resource));
            assertEquals(1, problems.size(), problems::toString);
            assertTrue(problems.get(0).getMessage().startsWith("Account 华夏钢铁集团 has an ownership of 120%"),
                    problems.get(0).getMessage());
            assertEquals(account, problems.get(0).getData().get(0), "the diagnostic points at the element");
        } finally {
            diagnostician.dispose();
        }
    }

    @Test
    void valuesNoExportCanCarryAreNamedWithTheirField() {
        Portfolio portfolio = AtlasFactory.eINSTANCE.createPortfolio();
        portfolio.setName("P");
        Account account = AtlasFactory.eINSTANCE.createAccount();
        account.setName("Form\u000Cfeed Co");
        account.setAnnualRevenue(Double.NaN);
        portfolio.getAccounts().add(account);
        XMIResourceImpl resource = new XMIResourceImpl();
        resource.getContents().add(portfolio);
        AtlasDiagnostician diagnostician = new AtlasDiagnostician();
        try {
            List<String> problems = AtlasDiagnostician.problems(diagnostician.validate(resource)).stream()
                    .map(Diagnostic::getMessage).toList();
            assertTrue(problems.stream().anyMatch(m -> m.contains("Name holds the control character U+000C at character 5")),
                    problems::toString);
            assertTrue(problems.stream().anyMatch(m -> m.contains("Annual Revenue is NaN, not a number")),
                    problems::toString);
        } finally {
            diagnostician.dispose();
        }
    }
}

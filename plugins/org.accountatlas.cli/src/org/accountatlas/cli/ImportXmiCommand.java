package org.accountatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.edit.validation.AtlasDiagnostician;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.validation.StoredText;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import-xmi", mixinStandardHelpOptions = true,
        description = "Reads a portfolio from an EMF XMI file into the database (a new one, or replacing the"
                + " portfolio of an existing one, in one transaction). Refuses files with errors.")
final class ImportXmiCommand extends DatabaseCommand {

    @Parameters(paramLabel = "FILE", description = "The XMI file to read.")
    Path file;

    @Override
    public Integer call() throws Exception {
        Portfolio portfolio = read(file);
        refuseIfInvalid(file, portfolio);
        // Diagrams exported with the portfolio come along; they point into it, not into the portfolio replaced.
        List<EObject> diagrams = portfolio.eResource().getContents().stream().filter(r -> r != portfolio).toList();
        if (!AtlasDatabase.exists(db.address())) {
            // A restore into a new directory appears only when complete.
            int rows = AtlasDatabase.<Integer>createWhole(db.address(), resource -> {
                resource.getContents().add(portfolio);
                resource.getContents().addAll(diagrams);
                resource.save(null);
                return resource.lastSave().rowsWritten();
            });
            report(portfolio, diagrams, rows);
            return 0;
        }
        DatabaseResource resource = db.whenFree(() -> AtlasDatabase.open(new ResourceSetImpl(), db.address()));
        try {
            // The old diagrams show the replaced portfolio's objects: they go with it.
            resource.getContents().clear();
            resource.getContents().add(portfolio);
            resource.getContents().addAll(diagrams);
            resource.save(null);
            report(portfolio, diagrams, resource.lastSave().rowsWritten());
        } finally {
            resource.unload();
        }
        return 0;
    }

    private void report(Portfolio portfolio, List<EObject> diagrams, long rows) {
        out().printf("Imported %s into %s: %d accounts, %d diagrams, %d rows written.%n", file, db.address(),
                portfolio.getAccounts().size(), diagrams.size(), rows);
    }

    static Portfolio read(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException(file + ": no such file, or it cannot be read");
        }
        AtlasPackage.eINSTANCE.eClass();
        XMIResourceImpl xmi = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        // References by id and validation (validate_UniqueID) look ids up in the resource: without an id map,
        // and with references resolved as they are read (most point forward), each look-up walks the file and
        // restoring grows with the square of its size. Resolved at the end instead, the map is filled once.
        xmi.setIntrinsicIDToEObjectMap(new HashMap<>());
        try {
            // Our files declare no DOCTYPE: one in a file can only bring entities (external files, expansions).
            xmi.load(Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE, XMLResource.OPTION_PARSER_FEATURES,
                    Map.of(DISALLOW_DOCTYPE, Boolean.TRUE)));
        } catch (IOException | RuntimeException e) {
            String duplicate = duplicateId(file, xmi);
            throw new IOException(duplicate != null ? duplicate : describe(file, xmi, e), e);
        }
        String duplicate = duplicateId(file, xmi);
        if (duplicate != null) {
            throw new IOException(duplicate);
        }
        List<Portfolio> portfolios = xmi.getContents().stream().filter(Portfolio.class::isInstance)
                .map(Portfolio.class::cast).toList();
        if (portfolios.isEmpty() || !(xmi.getContents().get(0) instanceof Portfolio portfolio)) {
            throw new IOException(file + ": the file holds no Account Atlas portfolio");
        }
        if (portfolios.size() > 1) {
            throw new IOException(file + ": the file holds " + portfolios.size() + " portfolios (" + portfolios.stream()
                    .map(p -> "\"" + StoredText.shortened(p.getName(), 40) + "\"").collect(Collectors.joining(", "))
                    + "); a database holds one: import each from a file of its own");
        }
        for (EObject root : xmi.getContents().subList(1, xmi.getContents().size())) {
            if (!(root instanceof Representation representation)) {
                throw new IOException(file + ": besides the portfolio the file holds a " + root.eClass().getName()
                        + "; only diagrams may come with it");
            }
            try {
                DiagramService.descriptionOf(representation);
            } catch (IllegalArgumentException unknown) {
                throw new IOException(file + ": the diagram \"" + StoredText.shortened(representation.getName(), 80)
                        + "\" has an unknown type: " + unknown.getMessage(), unknown);
            }
        }
        return portfolio;
    }

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /**
     * "the id X is given to two elements": a second element with an id would otherwise surface as an unresolved
     * reference, or as a reference of the wrong type with the element's whole toString.
     */
    private static String duplicateId(Path file, Resource xmi) {
        Map<String, EObject> byId = new HashMap<>();
        for (var it = xmi.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            String id = EcoreUtil.getID(element);
            EObject first = id == null ? null : byId.putIfAbsent(id, element);
            if (first != null) {
                AtlasDiagnostician labels = new AtlasDiagnostician();
                try {
                    return file + ": the id \"" + StoredText.shortened(id, 60) + "\" is given to two elements, "
                            + labels.getObjectLabel(first) + " and " + labels.getObjectLabel(element)
                            + "; each element needs an id of its own";
                } finally {
                    labels.dispose();
                }
            }
        }
        return null;
    }

    private static String describe(Path file, Resource xmi, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.emf.ecore.xmi.PackageNotFoundException) {
                return file + ": not an Account Atlas file (its elements belong to no model Account Atlas knows)";
            }
            if (t instanceof java.io.CharConversionException) {
                return file + ": not an XMI file: its bytes are not UTF-8 text (a binary file, or another encoding)";
            }
            if (t instanceof org.xml.sax.SAXParseException sax) {
                String message = sax.getMessage() != null && sax.getMessage().contains(DISALLOW_DOCTYPE)
                        ? "the file declares a DOCTYPE (entities); Account Atlas files have none, so it was not read"
                        : sax.getMessage();
                return file + ":" + sax.getLineNumber() + ":" + sax.getColumnNumber() + ": " + message;
            }
        }
        if (!xmi.getErrors().isEmpty()) {
            Resource.Diagnostic first = xmi.getErrors().get(0);
            // EMF repeats the place at the end: "(file:/…/x.xmi, 11, 186)".
            String message = String.valueOf(first.getMessage()).replaceFirst("\\s*\\(file:.*\\)\\s*$", "");
            return file + ":" + first.getLine() + ":" + first.getColumn() + ": " + message;
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return file + ": " + cause.getMessage();
    }

    private static void refuseIfInvalid(Path file, Portfolio portfolio) throws IOException {
        AtlasDiagnostician diagnostician = new AtlasDiagnostician();
        try {
            List<Diagnostic> errors = AtlasDiagnostician.problems(diagnostician.validate(portfolio)).stream()
                    .filter(d -> d.getSeverity() >= Diagnostic.ERROR).toList();
            if (!errors.isEmpty()) {
                throw new IOException(file + ": " + (errors.size() == 1 ? "1 error" : errors.size() + " errors")
                        + " (nothing was imported); the first: " + errors.get(0).getMessage());
            }
        } finally {
            diagnostician.dispose();
        }
    }
}

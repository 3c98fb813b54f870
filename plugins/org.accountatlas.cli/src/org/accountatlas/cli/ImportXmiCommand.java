package org.accountatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.edit.validation.AtlasDiagnostician;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.Portfolio;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
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
        refuseIfInvalid(portfolio);
        // Diagrams exported with the portfolio come along; they point into it, not into the portfolio replaced.
        List<EObject> diagrams = portfolio.eResource().getContents().stream().filter(r -> r != portfolio).toList();
        if (!AtlasDatabase.exists(db.directory())) {
            // A restore into a new directory appears only when complete.
            int rows = AtlasDatabase.<Integer>createWhole(db.directory(), resource -> {
                resource.getContents().add(portfolio);
                resource.getContents().addAll(diagrams);
                resource.save(null);
                return resource.lastSave().rowsWritten();
            });
            report(portfolio, diagrams, rows);
            return 0;
        }
        DatabaseResource resource = db.whenFree(() -> AtlasDatabase.open(new ResourceSetImpl(), db.directory()));
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
        out().printf("Imported %s into %s: %d accounts, %d diagrams, %d rows written.%n", file, db.directory(),
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
            xmi.load(Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE));
        } catch (IOException | RuntimeException e) {
            throw new IOException(describe(file, xmi, e), e);
        }
        if (xmi.getContents().isEmpty() || !(xmi.getContents().get(0) instanceof Portfolio portfolio)) {
            throw new IOException(file + ": the file holds no Account Atlas portfolio");
        }
        return portfolio;
    }

    private static String describe(Path file, Resource xmi, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.xml.sax.SAXParseException sax) {
                return file + ":" + sax.getLineNumber() + ":" + sax.getColumnNumber() + ": " + sax.getMessage();
            }
        }
        if (!xmi.getErrors().isEmpty()) {
            Resource.Diagnostic first = xmi.getErrors().get(0);
            return file + ":" + first.getLine() + ":" + first.getColumn() + ": " + first.getMessage();
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return file + ": " + cause.getMessage();
    }

    private static void refuseIfInvalid(Portfolio portfolio) throws IOException {
        AtlasDiagnostician diagnostician = new AtlasDiagnostician();
        try {
            List<Diagnostic> errors = AtlasDiagnostician.problems(diagnostician.validate(portfolio)).stream()
                    .filter(d -> d.getSeverity() >= Diagnostic.ERROR).toList();
            if (!errors.isEmpty()) {
                throw new IOException("the file has " + errors.size() + " errors and was not imported; the first: "
                        + errors.get(0).getMessage());
            }
        } finally {
            diagnostician.dispose();
        }
    }
}

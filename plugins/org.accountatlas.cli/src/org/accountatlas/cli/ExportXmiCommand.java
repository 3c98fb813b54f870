package org.accountatlas.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.accountatlas.model.validation.StoredText;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "export-xmi", mixinStandardHelpOptions = true,
        description = "Writes the portfolio to an EMF XMI file, for other EMF tools.")
final class ExportXmiCommand extends DatabaseCommand {

    @Parameters(paramLabel = "FILE", description = "The XMI file to write (replaced only once complete).")
    Path file;

    @Override
    public Integer call() throws Exception {
        return withDatabase(resource -> {
            XMIResourceImpl xmi = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
            xmi.getContents().addAll(EcoreUtil.copyAll(resource.getContents()));
            int dropped = printableOnly(xmi);
            if (dropped > 0) {
                // `atlas validate` names them; the backup must be written all the same.
                err().printf("atlas export-xmi: %d texts held characters XML cannot carry; they were left out "
                        + "(atlas validate names them)%n", dropped);
            }
            writeAtomically(xmi, file.toAbsolutePath());
            out().printf("Exported %s to %s%n", db.address(), file);
            return 0;
        });
    }

    /** Removes from every text what XML cannot carry; answers how many texts changed. */
    static int printableOnly(XMIResourceImpl xmi) {
        int changed = 0;
        for (var contents = xmi.getAllContents(); contents.hasNext();) {
            org.eclipse.emf.ecore.EObject object = contents.next();
            for (org.eclipse.emf.ecore.EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute.isChangeable() && !attribute.isMany() && !attribute.isDerived()
                        && object.eGet(attribute) instanceof String text) {
                    String printable = StoredText.printable(text);
                    if (!printable.equals(text)) {
                        object.eSet(attribute, printable);
                        changed++;
                    }
                }
            }
        }
        return changed;
    }

    /** Writes next to the target and moves into place, so a failure never leaves half a file. */
    static void writeAtomically(XMIResourceImpl xmi, Path target) throws Exception {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, target.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                xmi.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

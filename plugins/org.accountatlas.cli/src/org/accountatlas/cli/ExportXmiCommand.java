package org.accountatlas.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;

import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export-xmi", mixinStandardHelpOptions = true,
        description = "Writes the portfolio to an EMF XMI file, for other EMF tools.")
final class ExportXmiCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption db;

    @Parameters(paramLabel = "FILE", description = "The XMI file to write (replaced only once complete).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DatabaseResource resource = AtlasDatabase.open(new ResourceSetImpl(), db.directory());
        try {
            XMIResourceImpl xmi = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
            xmi.getContents().addAll(EcoreUtil.copyAll(resource.getContents()));
            writeAtomically(xmi, file.toAbsolutePath());
            spec.commandLine().getOut().printf("Exported %s to %s%n", db.directory(), file);
        } finally {
            resource.unload();
        }
        return 0;
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

package org.accountatlas.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** A model as XMI text, the form in which two databases' portfolios are compared. */
final class ModelText {

    private ModelText() {
    }

    static String xmi(Resource resource) throws IOException {
        XMIResourceImpl xmi = new XMIResourceImpl(URI.createURI("memory:/compare.xmi"));
        xmi.getContents().addAll(EcoreUtil.copyAll(resource.getContents()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xmi.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        return out.toString(StandardCharsets.UTF_8);
    }
}

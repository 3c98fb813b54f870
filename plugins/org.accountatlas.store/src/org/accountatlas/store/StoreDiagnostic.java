package org.accountatlas.store;

import org.eclipse.emf.ecore.resource.Resource;

/** Something a load found but could work around, reported through {@link Resource#getWarnings()}. */
final class StoreDiagnostic implements Resource.Diagnostic {

    private final String message;
    private final String location;

    StoreDiagnostic(String message, Object location) {
        this.message = message;
        this.location = String.valueOf(location);
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String getLocation() {
        return location;
    }

    @Override
    public int getLine() {
        return 0;
    }

    @Override
    public int getColumn() {
        return 0;
    }
}

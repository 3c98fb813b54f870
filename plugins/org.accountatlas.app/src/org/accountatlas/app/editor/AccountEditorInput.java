package org.accountatlas.app.editor;

import org.accountatlas.model.Account;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** One account of the session's portfolio; two inputs are equal when they hold the same account object. */
public final class AccountEditorInput implements IEditorInput {

    private final Account account;

    public AccountEditorInput(Account account) {
        this.account = account;
    }

    public Account account() {
        return account;
    }

    @Override
    public boolean exists() {
        return account.eResource() != null;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return account.getName() == null ? "" : account.getName();
    }

    /** Not restored at the next start: the database is opened afresh, so the object would not exist yet. */
    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return getName();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(account) ? adapter.cast(account) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountEditorInput input && input.account == account;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(account);
    }
}

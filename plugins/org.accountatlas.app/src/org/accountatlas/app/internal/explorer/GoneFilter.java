package org.accountatlas.app.internal.explorer;

import org.accountatlas.app.AtlasPreferences;
import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;
import org.accountatlas.model.Contact;
import org.accountatlas.model.ContactStatus;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/** Leaves out lost accounts and people who left, when the preference says so (they are greyed otherwise). */
final class GoneFilter extends ViewerFilter {

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (AtlasPreferences.store().getBoolean(AtlasPreferences.SHOW_GONE)) {
            return true;
        }
        return !(element instanceof Account account && account.getStatus() == AccountStatus.LOST
                || element instanceof Contact contact && contact.getStatus() == ContactStatus.LEFT);
    }
}

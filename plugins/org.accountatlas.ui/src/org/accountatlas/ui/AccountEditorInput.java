package org.accountatlas.ui;

import org.accountatlas.model.Account;

/** One account of the session's portfolio, opened in the account editor. */
public final class AccountEditorInput extends ObjectEditorInput<Account> {

    /** The account editor's id (bundle org.accountatlas.app). */
    public static final String EDITOR_ID = "org.accountatlas.app.accountEditor";
    /** The tabbed Properties view's contributor (tabs in org.accountatlas.app's plugin.xml), for every part. */
    public static final String PROPERTIES_CONTRIBUTOR = "org.accountatlas.app.properties";

    public AccountEditorInput(Account account) {
        super(account);
    }

    public Account account() {
        return object();
    }

    @Override
    protected String nameOf(Account account) {
        return account.getName();
    }
}

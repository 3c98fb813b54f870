package org.accountatlas.app.editor;

import org.accountatlas.model.Account;

/** One account of the session's portfolio, opened in the account editor. */
public final class AccountEditorInput extends ObjectEditorInput<Account> {

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

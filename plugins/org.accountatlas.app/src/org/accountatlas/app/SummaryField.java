package org.accountatlas.app;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;

/** A status line field for the portfolio summary, which stays while parts post and clear their messages. */
final class SummaryField extends ContributionItem {

    static final String ID = "org.accountatlas.app.summary";

    private CLabel label;
    private String text = "";

    SummaryField() {
        super(ID);
    }

    @Override
    public void fill(Composite parent) {
        label = new CLabel(parent, SWT.SHADOW_NONE);
        label.setText(text);
    }

    void setText(String newText) {
        text = newText;
        if (label != null && !label.isDisposed()) {
            label.setText(newText);
            label.getParent().layout(true);
        }
    }
}

package org.accountatlas.app.internal.explorer;

import org.eclipse.swt.widgets.TreeItem;

/** A tree item's text without the tier, attitude or buying role the explorer shows after the name. */
public final class ExplorerTexts {

    private ExplorerTexts() {
    }

    public static String plain(TreeItem item) {
        String details = ExplorerLabelProvider.detailsOf(item.getData());
        String text = item.getText();
        return !details.isEmpty() && text.endsWith("  " + details)
                ? text.substring(0, text.length() - details.length() - 2) : text;
    }
}

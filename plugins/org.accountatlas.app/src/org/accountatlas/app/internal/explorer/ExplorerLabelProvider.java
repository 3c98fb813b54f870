package org.accountatlas.app.internal.explorer;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.accountatlas.app.AtlasPreferences;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.DiagramTypes;
import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;
import org.accountatlas.model.Contact;
import org.accountatlas.model.ContactStatus;
import org.accountatlas.model.NamedElement;
import org.accountatlas.model.provider.AtlasEditPlugin;
import org.accountatlas.model.provider.AtlasItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Names and icons from the EMF.Edit item providers (EMF's edit.ui, which would adapt them to JFace, cannot
 * be had here); accounts that were lost and people who left are greyed.
 */
final class ExplorerLabelProvider extends LabelProvider implements IColorProvider, IStyledLabelProvider {

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            List.of(new AtlasItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    private final AdapterFactoryItemDelegator items = new AdapterFactoryItemDelegator(adapterFactory);
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    @Override
    public String getText(Object element) {
        if (element instanceof Folder folder) {
            return folder.label();
        }
        if (element instanceof Representation diagram) {
            return diagram.getName();
        }
        // The icon tells the kind, so named elements show their name alone.
        String text = element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()
                ? named.getName() : items.getText(element);
        if (element instanceof Contact contact && contact.getTitle() != null
                && AtlasPreferences.store().getBoolean(AtlasPreferences.SHOW_TITLES)) {
            return text + " · " + contact.getTitle();
        }
        return text;
    }

    /** The name, then (when the preference says so) the tier, or attitude and buying role, in a quieter colour. */
    @Override
    public StyledString getStyledText(Object element) {
        StyledString styled = new StyledString(getText(element));
        if (AtlasPreferences.store().getBoolean(AtlasPreferences.SHOW_DETAILS)) {
            String details = detailsOf(element);
            if (!details.isEmpty()) {
                styled.append("  " + details, StyledString.DECORATIONS_STYLER);
            }
        }
        return styled;
    }

    static String detailsOf(Object element) {
        List<String> details = new ArrayList<>();
        if (element instanceof Account account) {
            if (account.isSetTier()) {
                details.add(literal(account.getTier())); // no tier shown before the planner sets one
            }
        } else if (element instanceof Representation diagram) {
            details.add(DiagramTypes.label(diagram.getDescription()));
        } else if (element instanceof Contact contact) {
            details.add(literal(contact.getAttitude()));
            if (contact.getBuyingRole() != null) {
                details.add(literal(contact.getBuyingRole()));
            }
        }
        return String.join(" · ", details);
    }

    private static String literal(Enum<?> constant) {
        return AtlasEditPlugin.INSTANCE.getString(
                "_UI_" + constant.getDeclaringClass().getSimpleName() + "_" + constant.name() + "_literal");
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof Representation diagram) {
            URL typed = getClass().getResource("/icons/diagram_" + diagram.getDescription() + ".png");
            return images.create(ImageDescriptor.createFromURL(typed != null ? typed : getClass().getResource("/icons/diagram.png")));
        }
        Object image = element instanceof Folder ? null : items.getImage(element);
        return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
    }

    @Override
    public Color getForeground(Object element) {
        boolean gone = element instanceof Account a && a.getStatus() == AccountStatus.LOST
                || element instanceof Contact c && c.getStatus() == ContactStatus.LEFT;
        return gone ? Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND) : null;
    }

    @Override
    public Color getBackground(Object element) {
        return null;
    }

    @Override
    public void dispose() {
        images.dispose();
        adapterFactory.dispose();
        super.dispose();
    }
}

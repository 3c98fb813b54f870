package org.accountatlas.app.editor;

import java.text.NumberFormat;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.accountatlas.analysis.AccountKpis;
import org.accountatlas.analysis.MapHealth;
import org.accountatlas.analysis.Satisfaction;
import org.accountatlas.app.properties.ValueText;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.provider.AtlasEditPlugin;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The values derived from the account (analysis bundle), recomputed after every change and while a number
 * is typed: the typed value is put in place with notifications off, read, and the old value put back, so
 * neither the command stack nor the store's change tracking ever sees it.
 */
final class KpiSection {

    enum Kpi { REVENUE, SATISFACTION, QUADRANT, TARGET, TIER, LIFETIME_VALUE, MAP_HEALTH }

    private final Account account;
    private final Map<Kpi, Label> values = new LinkedHashMap<>();
    private final Section section;

    KpiSection(FormToolkit toolkit, Composite parent, Account account) {
        this.account = account;
        section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText(Messages.Section_kpis);
        section.setDescription(Messages.Section_kpisDescription);
        section.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
        Composite client = toolkit.createComposite(section);
        client.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).spacing(8, 4).create());
        String[] titles = { Messages.Kpi_revenue, Messages.Kpi_satisfaction, Messages.Kpi_quadrant, Messages.Kpi_target,
            Messages.Kpi_tier, Messages.Kpi_clv, Messages.Kpi_health };
        for (Kpi kpi : Kpi.values()) {
            toolkit.createLabel(client, titles[kpi.ordinal()], SWT.WRAP)
                    .setLayoutData(GridDataFactory.fillDefaults().hint(150, SWT.DEFAULT).create());
            Label value = toolkit.createLabel(client, "", SWT.WRAP);
            value.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).create());
            values.put(kpi, value);
        }
        section.setClient(client);
        refresh();
    }

    void refresh() {
        show(AccountKpis.of(account, new Date()));
    }

    /** Shows what the KPIs would be with the typed value; null ends the preview. */
    void preview(EObject object, EStructuralFeature feature, Object typed) {
        if (typed == null || !(feature instanceof EAttribute) || !isInPortfolio(object)) {
            refresh();
            return;
        }
        boolean wasSet = object.eIsSet(feature);
        Object old = object.eGet(feature);
        boolean delivering = object.eDeliver();
        object.eSetDeliver(false);
        try {
            object.eSet(feature, typed);
            show(AccountKpis.of(account, new Date()));
        } finally {
            if (wasSet) {
                object.eSet(feature, old);
            } else {
                object.eUnset(feature);
            }
            object.eSetDeliver(delivering);
        }
    }

    private boolean isInPortfolio(EObject object) {
        return object instanceof Account || object instanceof Portfolio || object.eContainer() == account;
    }

    private void show(AccountKpis kpis) {
        NumberFormat ratio = NumberFormat.getNumberInstance();
        ratio.setMaximumFractionDigits(2);
        NumberFormat percent = NumberFormat.getPercentInstance();
        set(Kpi.REVENUE, ValueText.money(account, kpis.rolledUpRevenue()));
        set(Kpi.SATISFACTION, kpis.satisfaction().isEmpty() ? Messages.Kpi_notAssessed
                : NLS.bind(Messages.Kpi_satisfactionValue, ratio.format(kpis.satisfaction().getAsDouble()),
                        Messages.of("Level", Satisfaction.levelOf(kpis.satisfaction().getAsDouble()))));
        set(Kpi.QUADRANT, Messages.of("Quadrant", kpis.quadrant()));
        set(Kpi.TARGET, Messages.of("Target", kpis.targetClass()));
        String suggested = literal(kpis.suggestedTier());
        set(Kpi.TIER, kpis.suggestedTier() == account.getTier() ? suggested
                : NLS.bind(Messages.Kpi_tierDiffers, suggested, literal(account.getTier())));
        double discount = account.eContainer() instanceof Portfolio portfolio ? portfolio.getDiscountRate() : 0;
        set(Kpi.LIFETIME_VALUE, NLS.bind(Messages.Kpi_clvValue, new Object[] { ValueText.money(account, kpis.lifetimeValue()),
            percent.format(kpis.retention().retentionRate()), percent.format(discount) }));
        MapHealth.Result health = kpis.mapHealth();
        String status = Messages.of("Health", health.status());
        set(Kpi.MAP_HEALTH, health.failed().isEmpty() ? NLS.bind(Messages.Health_allPassed, status)
                : NLS.bind(Messages.Health_failed, status,
                        health.failed().stream().map(c -> Messages.of("Check", c)).collect(Collectors.joining("; "))));
        values.get(Kpi.MAP_HEALTH).setForeground(colourOf(health.status()));
        section.getParent().layout(true, true);
    }

    private Color colourOf(MapHealth.Status status) {
        return switch (status) {
            case GREEN -> section.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
            case AMBER -> new Color(0xB3, 0x6B, 0x00);
            case RED -> section.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        };
    }

    private static String literal(Enum<?> constant) {
        return AtlasEditPlugin.INSTANCE.getString("_UI_" + constant.getDeclaringClass().getSimpleName() + "_"
                + constant.name() + "_literal");
    }

    private void set(Kpi kpi, String text) {
        values.get(kpi).setText(text);
    }

    /** For tests: what a KPI shows now. */
    String shown(Kpi kpi) {
        return values.get(kpi).getText();
    }
}

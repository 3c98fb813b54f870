package org.accountatlas.edit.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.Contact;
import org.accountatlas.model.Influence;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.edit.testing.PortfolioBuilder;
import org.junit.jupiter.api.Test;

class ChoiceScopeTest {

    private final AtlasFactory factory = AtlasFactory.eINSTANCE;
    private final AtlasPackage atlas = AtlasPackage.eINSTANCE;
    private final PortfolioBuilder build = new PortfolioBuilder();


    private Contact contact(String name, Account account) {
        if (account.getOrgUnits().isEmpty()) {
            OrgUnit unit = factory.createOrgUnit();
            account.getOrgUnits().add(unit);
        }
        OrgUnit sub = factory.createOrgUnit();
        account.getOrgUnits().get(0).getSubUnits().add(sub);
        Contact contact = factory.createContact();
        contact.setName(name);
        sub.getContacts().add(contact);
        return contact;
    }

    @Test
    void aContactReportsOnlyToSomeoneElseAtTheSameAccount() {
        Account acme = build.account("Acme", null);
        Account other = build.account("Other", null);
        Contact ann = contact("Ann", acme);
        Contact bob = contact("Bob", acme);
        Contact eve = contact("Eve", other);

        List<Object> offered = Arrays.asList(null, ann, bob, eve);
        assertEquals(Arrays.asList(null, bob), ChoiceScope.narrow(ann, atlas.getContact_ReportsTo(), offered));

        Influence influence = factory.createInfluence();
        acme.getInfluences().add(influence);
        assertEquals(List.of(ann, bob), ChoiceScope.narrow(influence, atlas.getInfluence_Target(), List.of(ann, bob, eve)));
    }

    @Test
    void anAccountsParentIsNeverInsideItsOwnGroup() {
        Account group = build.account("Group", null);
        Account daughter = build.account("Daughter", group);
        Account grandchild = build.account("Grandchild", daughter);
        Account elsewhere = build.account("Elsewhere", null);

        List<Object> offered = List.of(group, daughter, grandchild, elsewhere);
        assertEquals(List.of(elsewhere), ChoiceScope.narrow(group, atlas.getAccount_Parent(), offered));
        assertEquals(List.of(group, elsewhere), ChoiceScope.narrow(daughter, atlas.getAccount_Parent(), offered));
    }

    @Test
    void otherFeaturesAreLeftAsOffered() {
        Account acme = build.account("Acme", null);
        List<Object> offered = Arrays.asList(null, "x");
        assertEquals(offered, ChoiceScope.narrow(acme, atlas.getNamedElement_Name(), offered));
    }
}

package org.accountatlas.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.accountatlas.diagram.export.DiagramExporter;
import org.accountatlas.diagram.export.Java2DMeasurer;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.GeneratedPortfolio;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;

/**
 * Every map page of an account pack prints its text at 6 pt or more: on A4 where the map could be cut that
 * small, on the smallest larger page where a part could not (a department of twenty people side by side).
 */
class AccountReviewTest {

    @Test
    void everyMapPageIsReadableOnItsPage() {
        Portfolio portfolio = GeneratedPortfolio.generate(1_000, 20, 8, 100, 42, new Date());
        new ResourceImpl().getContents().add(portfolio);
        Account account = portfolio.getAccounts().get(0);
        List<ReviewPage> pages = AccountReview.pages(account, new DiagramService(new Java2DMeasurer()), LocalDate.now());
        List<ReviewPage.Drawing> maps = pages.stream().filter(ReviewPage.Drawing.class::isInstance)
                .map(ReviewPage.Drawing.class::cast).toList();
        assertTrue(!maps.isEmpty(), "the pack has maps");
        for (ReviewPage.Drawing map : maps) {
            assertTrue(DiagramExporter.fits(map.scene(), map.page(), Boolean.TRUE), map.title() + " on " + map.page());
        }
    }
}

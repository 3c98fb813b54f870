package org.accountatlas.analysis;

import org.accountatlas.model.Account;

/**
 * Which accounts to pursue, from cost to serve against demand (potential volume): high demand at low cost
 * is a key target, low demand at high cost is not a target, the rest are targets.
 */
public final class TargetClassifier {

    public enum TargetClass { KEY_TARGET, TARGET, NON_TARGET }

    private TargetClassifier() {
    }

    /** The target class of the account: demand (split at demandSplit) against cost to serve (split at costSplit). */
    public static TargetClass of(Account account, double demandSplit, double costSplit) {
        boolean highDemand = account.getPotentialVolume() >= demandSplit;
        boolean highCost = account.getCostToServe() > costSplit;
        if (highDemand && !highCost) {
            return TargetClass.KEY_TARGET;
        }
        return !highDemand && highCost ? TargetClass.NON_TARGET : TargetClass.TARGET;
    }
}

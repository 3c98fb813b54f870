package org.accountatlas.store.internal;

import java.util.Arrays;

/** The longest strictly increasing subsequence of stored positions (patience sorting, O(n log n)). */
final class IncreasingRun {

    /** Values of {@link Long#MIN_VALUE} stand for "no stored position" and are never part of the run. */
    static boolean[] longest(long[] values) {
        int n = values.length;
        int[] tailIndex = new int[n];
        long[] tailValue = new long[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] == Long.MIN_VALUE) {
                continue;
            }
            int slot = Arrays.binarySearch(tailValue, 0, length, values[i]);
            if (slot < 0) {
                slot = -slot - 1;
            }
            tailValue[slot] = values[i];
            tailIndex[slot] = i;
            previous[i] = slot > 0 ? tailIndex[slot - 1] : -1;
            length = Math.max(length, slot + 1);
        }
        boolean[] kept = new boolean[n];
        for (int i = length > 0 ? tailIndex[length - 1] : -1; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        return kept;
    }

    private IncreasingRun() {
    }
}

package org.accountatlas.sample;

import java.util.Calendar;
import java.util.Date;

/** Dates relative to the sample's reference day. */
final class Dates {

    private Dates() {
    }

    static Date daysBefore(Date day, int days) {
        Calendar calendar = Calendar.getInstance();
        calendar.setTime(day);
        calendar.add(Calendar.DAY_OF_YEAR, -days);
        return calendar.getTime();
    }
}

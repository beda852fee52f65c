package cn.justice.yearbook.aggregate;

import java.math.BigDecimal;

/** A usable value of a current submission: what aggregation adds up. */
record Fact(BigDecimal number, boolean approximate) {
}

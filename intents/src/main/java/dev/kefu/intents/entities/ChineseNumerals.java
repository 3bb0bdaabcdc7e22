package dev.kefu.intents.entities;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Reads numbers written in Chinese numerals, Arabic digits or both, in Simplified or Traditional
 * script: "一百九十九", "两千五" (2500), "一万零五", "二〇二五" (digit by digit), "3万", "1.5億",
 * "1,299.00". Ill-formed numerals ("万万", "十十", "三五百") are not numbers.
 */
final class ChineseNumerals {

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            entry('零', 0), entry('〇', 0), entry('一', 1), entry('二', 2), entry('两', 2), entry('兩', 2),
            entry('三', 3), entry('四', 4), entry('五', 5), entry('六', 6), entry('七', 7), entry('八', 8), entry('九', 9));
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final Map<Character, BigDecimal> UNITS = Map.of(
            '十', BigDecimal.TEN, '百', BigDecimal.valueOf(100), '千', BigDecimal.valueOf(1000),
            '万', WAN, '萬', WAN, '亿', YI, '億', YI);

    private ChineseNumerals() {
    }

    static Optional<BigDecimal> parse(String text) {
        Reading reading = new Reading();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean read;
            if (c >= '0' && c <= '9') {
                int end = i;
                while (end < text.length() && "0123456789.,".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                read = reading.arabic(new BigDecimal(text.substring(i, end).replace(",", "")));
                i = end;
            } else {
                read = DIGITS.containsKey(c) ? reading.digit(DIGITS.get(c))
                        : UNITS.containsKey(c) && reading.unit(UNITS.get(c));
                i++;
            }
            if (!read) {
                return Optional.empty();
            }
        }
        return reading.value();
    }

    /** The sum read so far: whole 亿 and 万 parts, the part below 万, and the digit waiting for its unit. */
    private static final class Reading {
        private BigDecimal yi = BigDecimal.ZERO;
        private BigDecimal wan = BigDecimal.ZERO;
        private BigDecimal belowWan = BigDecimal.ZERO;
        private BigDecimal pending;
        private BigDecimal lastUnit;
        private BigDecimal lastSmallUnit;
        private boolean zeroSinceUnit;
        private boolean seenWan;
        private boolean seenYi;

        boolean arabic(BigDecimal number) {
            if (pending != null) {
                return false;
            }
            pending = number;
            return true;
        }

        /** Before any unit, digits follow one another ("二〇二五"); after one, a digit waits for the next unit. */
        boolean digit(int d) {
            if (lastUnit == null) {
                pending = (pending == null ? BigDecimal.ZERO : pending.multiply(BigDecimal.TEN)).add(BigDecimal.valueOf(d));
                return true;
            }
            if (pending != null) {
                return false;
            }
            if (d == 0) {
                zeroSinceUnit = true;
            } else {
                pending = BigDecimal.valueOf(d);
            }
            return true;
        }

        boolean unit(BigDecimal unit) {
            if (unit.compareTo(WAN) < 0) {
                BigDecimal times = pending != null ? pending : unit.equals(BigDecimal.TEN) ? BigDecimal.ONE : null;
                if (times == null || !isBelowTen(times) || lastSmallUnit != null && unit.compareTo(lastSmallUnit) >= 0) {
                    return false;
                }
                belowWan = belowWan.add(times.multiply(unit));
                lastSmallUnit = unit;
            } else {
                BigDecimal part = belowWan.add(pending == null ? BigDecimal.ZERO : pending);
                if (unit.equals(WAN)) {
                    if (seenWan || part.signum() == 0) {
                        return false;
                    }
                    wan = part.multiply(WAN);
                    seenWan = true;
                } else {
                    part = part.add(wan);
                    if (seenYi || part.signum() == 0) {
                        return false;
                    }
                    yi = part.multiply(YI);
                    wan = BigDecimal.ZERO;
                    seenWan = false;
                    seenYi = true;
                }
                belowWan = BigDecimal.ZERO;
                lastSmallUnit = null;
            }
            pending = null;
            lastUnit = unit;
            zeroSinceUnit = false;
            return true;
        }

        /** A last digit right after 百 or a larger unit counts in the next unit down: 两千五 is 2500, 一万五 15000. */
        Optional<BigDecimal> value() {
            if (pending == null && lastUnit == null) {
                return Optional.empty();
            }
            BigDecimal last = pending == null ? BigDecimal.ZERO : pending;
            if (pending != null && !zeroSinceUnit && lastUnit != null && lastUnit.compareTo(BigDecimal.TEN) > 0
                    && isBelowTen(pending)) {
                last = pending.multiply(lastUnit).divide(BigDecimal.TEN);
            }
            return Optional.of(yi.add(wan).add(belowWan).add(last));
        }

        private static boolean isBelowTen(BigDecimal number) {
            return number.signum() > 0 && number.compareTo(BigDecimal.TEN) < 0;
        }
    }
}

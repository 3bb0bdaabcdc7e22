package dev.kefu.intents.entities;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds dates in Chinese (Simplified and Traditional) and English and resolves them to an ISO day,
 * "2025-03-05", against today in the clock's zone. Weeks start on Monday: "下周一" and "next Monday"
 * are the Monday of next week, "这周五" and "this Friday" the Friday of this week, "上周三" and "last
 * Wednesday" the Wednesday of last week. A weekday alone ("周五", "on Friday") is the next such day
 * on or after today. A month and day without a year ("3月5日", "March 5") is the one nearest today.
 * Numeric dates need a four-digit year ("2025-03-05", "2025/3/5"), since "3/5" could be March 5 or
 * May 3. "May" counts as a month only with its capital, and "周一" not in "一周一次" or "这周一直".
 */
final class DateRecognizer implements Recognizer {

    private static final String NUMERAL = "零〇一二两兩三四五六七八九十";
    private static final String NOT_AFTER_NUMBER = "(?<![0-9" + NUMERAL + "])";
    private static final String ZH_NUMBER = "[0-9]{1,2}|[一二三四五六七八九十]{1,3}";
    private static final String YEAR = "(?:19|20)[0-9]{2}";
    private static final String STEP = "(?<step>上上|上|这|這|本|下下|下)(?:个|個)?";
    private static final String MONTH_NAME = "(?<month>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|May)";
    private static final String ORDINAL_DAY = "(?<day>[0-9]{1,2})(?i:st|nd|rd|th)?";
    private static final String OPTIONAL_YEAR = "(?:,?\\s+(?<year>" + YEAR + ")(?![0-9]))?";

    private static final Map<String, Integer> DAYS_FROM_TODAY = Map.ofEntries(
            entry("大前天", -3), entry("前天", -2), entry("昨天", -1), entry("昨日", -1), entry("今天", 0), entry("今日", 0),
            entry("明天", 1), entry("明日", 1), entry("后天", 2), entry("後天", 2), entry("大后天", 3), entry("大後天", 3),
            entry("the day before yesterday", -2), entry("day before yesterday", -2), entry("yesterday", -1),
            entry("today", 0), entry("tomorrow", 1), entry("day after tomorrow", 2), entry("the day after tomorrow", 2));
    private static final Map<String, Integer> STEPS = Map.of(
            "上上", -2, "上", -1, "last", -1, "这", 0, "這", 0, "本", 0, "this", 0, "下", 1, "next", 1, "下下", 2);
    private static final Map<String, DayOfWeek> CHINESE_WEEKDAYS = Map.of(
            "一", DayOfWeek.MONDAY, "二", DayOfWeek.TUESDAY, "三", DayOfWeek.WEDNESDAY, "四", DayOfWeek.THURSDAY,
            "五", DayOfWeek.FRIDAY, "六", DayOfWeek.SATURDAY, "日", DayOfWeek.SUNDAY, "天", DayOfWeek.SUNDAY);
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(
            entry("a", 1), entry("an", 1), entry("one", 1), entry("two", 2), entry("three", 3), entry("four", 4),
            entry("five", 5), entry("six", 6), entry("seven", 7), entry("eight", 8), entry("nine", 9), entry("ten", 10));
    private static final Map<String, ChronoUnit> UNITS = Map.ofEntries(
            entry("天", ChronoUnit.DAYS), entry("day", ChronoUnit.DAYS),
            entry("周", ChronoUnit.WEEKS), entry("週", ChronoUnit.WEEKS), entry("星期", ChronoUnit.WEEKS),
            entry("礼拜", ChronoUnit.WEEKS), entry("禮拜", ChronoUnit.WEEKS), entry("week", ChronoUnit.WEEKS),
            entry("个月", ChronoUnit.MONTHS), entry("個月", ChronoUnit.MONTHS), entry("month", ChronoUnit.MONTHS));
    private static final Set<String> BACKWARD = Set.of("前", "ago");
    private static final String EN_COUNT = "(?<count>[0-9]{1,3}|" + Words.anyOf(COUNT_WORDS.keySet()) + ")";
    private static final String EN_UNIT = "(?<unit>day|week|month)s?";

    private static final List<Rule> RULES = List.of(
            // 今天, 后天, 大後天, tomorrow, the day after tomorrow
            new Rule("(?i)(?<![A-Za-z])" + Words.anyOf(DAYS_FROM_TODAY.keySet()) + "(?![A-Za-z])",
                    (m, today) -> Optional.of(today.plusDays(DAYS_FROM_TODAY.get(Words.key(m.group()))))),
            // 下周一, 這週五, 上个星期三, 周五; not 每周一 nor 一周一次
            new Rule("(?<![0-9" + NUMERAL + "每个個])(?:" + STEP + ")?(?:星期|礼拜|禮拜|周|週)(?<weekday>[一二三四五六日天])"
                    + "(?![直起样樣定般次共切些])", DateRecognizer::weekday),
            // next Monday, this Friday, Sunday
            new Rule("(?i)(?<![A-Za-z])(?:(?<step>next|this|last)\\s+)?"
                    + "(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![A-Za-z])", DateRecognizer::weekday),
            // 3月5日, 三月五号, 2025年3月5日, 二〇二五年三月五日
            new Rule(NOT_AFTER_NUMBER + "(?:(?<year>" + YEAR + "|[零〇一二三四五六七八九]{4})\\s?年\\s?)?"
                    + "(?<month>" + ZH_NUMBER + ")\\s?月\\s?(?<day>" + ZH_NUMBER + ")\\s?[日号號]", DateRecognizer::monthDay),
            // 下个月3号, 本月十五日
            new Rule(STEP + "月\\s?(?<day>" + ZH_NUMBER + ")\\s?[日号號]", DateRecognizer::dayOfStepMonth),
            // 2025-03-05, 2025/3/5
            new Rule("(?<![0-9])(?<![0-9][-/.])(?<year>" + YEAR + ")(?<separator>[-/])(?<month>[0-9]{1,2})\\k<separator>"
                    + "(?<day>[0-9]{1,2})(?![0-9])(?![-/.][0-9])", DateRecognizer::monthDay),
            // March 5, Mar. 5th, 2025
            new Rule("(?<![A-Za-z])" + MONTH_NAME + "\\.?\\s+" + ORDINAL_DAY + "(?![0-9A-Za-z])" + OPTIONAL_YEAR,
                    DateRecognizer::monthDay),
            // 5 March, 5th of March 2025
            new Rule("(?<![0-9A-Za-z.,])" + ORDINAL_DAY + "\\s+(?i:of\\s+)?" + MONTH_NAME + "(?![A-Za-z])" + OPTIONAL_YEAR,
                    DateRecognizer::monthDay),
            // 3天后, 两周後, 一个月以后, 3天前
            new Rule(NOT_AFTER_NUMBER + "(?<count>[0-9]{1,3}|[一二两兩三四五六七八九十]{1,3})\\s?(?:个|個)?"
                    + "(?<unit>天|周|週|星期|礼拜|禮拜|个月|個月)\\s?(?:以|之)?(?<direction>后|後|前)", DateRecognizer::counted),
            // in 3 days, in two weeks, in a month
            new Rule("(?i)(?<![A-Za-z])(?<direction>in)\\s+" + EN_COUNT + "\\s+" + EN_UNIT + "(?![A-Za-z])",
                    DateRecognizer::counted),
            // 3 days ago
            new Rule("(?i)(?<![0-9A-Za-z.,])" + EN_COUNT + "\\s+" + EN_UNIT + "\\s+(?<direction>ago)(?![A-Za-z])",
                    DateRecognizer::counted));

    private final Clock clock;

    DateRecognizer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void find(String text, List<Entity> out) {
        LocalDate today = LocalDate.now(clock);
        for (Rule rule : RULES) {
            for (Matcher m = rule.pattern().matcher(text); m.find(); ) {
                rule.resolve().apply(m, today)
                        .ifPresent(date -> out.add(new Entity(EntityType.DATE, date.toString(), m.start(), m.end())));
            }
        }
    }

    private static Optional<LocalDate> weekday(Matcher m, LocalDate today) {
        String name = Words.key(m.group("weekday"));
        DayOfWeek day = CHINESE_WEEKDAYS.containsKey(name) ? CHINESE_WEEKDAYS.get(name)
                : DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        String step = m.group("step");
        return Optional.of(step == null ? today.with(TemporalAdjusters.nextOrSame(day))
                : today.with(day).plusWeeks(STEPS.get(Words.key(step))));
    }

    private static Optional<LocalDate> monthDay(Matcher m, LocalDate today) {
        Optional<Integer> month = month(m.group("month"));
        Optional<Integer> day = number(m.group("day"));
        if (month.isEmpty() || day.isEmpty()) {
            return Optional.empty();
        }
        if (m.group("year") != null) {
            return number(m.group("year")).flatMap(year -> date(year, month.get(), day.get()));
        }
        return Stream.of(-1, 0, 1)
                .flatMap(offset -> date(today.getYear() + offset, month.get(), day.get()).stream())
                .min(Comparator.comparingLong((LocalDate date) -> Math.abs(ChronoUnit.DAYS.between(today, date)))
                        .thenComparing(Comparator.reverseOrder()));
    }

    private static Optional<LocalDate> dayOfStepMonth(Matcher m, LocalDate today) {
        YearMonth month = YearMonth.from(today).plusMonths(STEPS.get(m.group("step")));
        return number(m.group("day")).flatMap(day -> date(month.getYear(), month.getMonthValue(), day));
    }

    private static Optional<LocalDate> counted(Matcher m, LocalDate today) {
        String count = Words.key(m.group("count"));
        int sign = BACKWARD.contains(Words.key(m.group("direction"))) ? -1 : 1;
        ChronoUnit unit = UNITS.get(Words.key(m.group("unit")));
        return Optional.ofNullable(COUNT_WORDS.get(count)).or(() -> number(count))
                .map(n -> today.plus((long) sign * n, unit));
    }

    /** A month by its English name ("Mar", "March") or its number ("3", "三"). */
    private static Optional<Integer> month(String month) {
        char first = month.charAt(0);
        if (first >= 0x80 || !Character.isLetter(first)) {
            return number(month);
        }
        String abbreviation = month.substring(0, 3).toUpperCase(Locale.ROOT);
        return Stream.of(Month.values()).filter(m -> m.name().startsWith(abbreviation)).map(Month::getValue).findFirst();
    }

    private static Optional<Integer> number(String digits) {
        return ChineseNumerals.parse(digits).map(BigDecimal::intValue);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && YearMonth.of(year, month).isValidDay(day)
                ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** A pattern and how a match of it becomes a day, given today. */
    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, Optional<LocalDate>> resolve) {
        Rule(String regex, BiFunction<Matcher, LocalDate, Optional<LocalDate>> resolve) {
            this(Pattern.compile(regex), resolve);
        }
    }
}

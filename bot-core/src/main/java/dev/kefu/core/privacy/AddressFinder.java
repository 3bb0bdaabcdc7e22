package dev.kefu.core.privacy;

import dev.kefu.intents.entities.Entity;
import dev.kefu.intents.entities.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds postal addresses in (normalized) text, so they are masked like a phone number. An address
 * must reach down to a door: a street with a house number (上海市浦东新区张江路88号, 忠孝東路四段216巷27弄5號,
 * 彌敦道132號10樓A室, 123 Main Street Apt 4B), an estate with a building or room (阳光小区3栋2单元501室),
 * an apartment, a US state and ZIP after a comma, or a postcode after its label (邮编, ZIP, postcode). A city, a district or a street
 * named alone (上海市的门店, "the Main Street store") is no one's address and stays, so ordinary
 * questions about shops and deliveries are not mangled. Thread-safe.
 */
final class AddressFinder {

    /** Little words before a place (在, 住, 到, 寄…) that a name must not swallow. */
    private static final String NOT_A_NAME = "在住到寄送是的我你他她从從往于於和与與及请請帮幫把给給去来來";

    /**
     * A Han or Latin character of a name, but none of {@code notIn}. The names of divisions and
     * streets are taken whole, possessively, up to their suffix, which they may not contain: one
     * way to read them, so a hostile run of 市市市… cannot make the search backtrack without end.
     */
    private static String name(String notIn) {
        return "(?:(?![" + NOT_A_NAME + notIn + "])\\p{IsHan}|[A-Za-z0-9])";
    }

    private static final String NAME = name("");
    private static final String NUM = "(?:[0-9]{1,5}|[一二三四五六七八九十百零〇两兩]{1,4})";
    private static final String DIVISION = name("省市区區县縣镇鎮乡鄉") + "{2,6}+[省市区區县縣镇鎮乡鄉]";
    private static final String STREET = name("路街道巷") + "{1,10}+(?:路|街|(?<![知报報说說味频頻管通难難])道)";
    private static final String DOOR = "(?:" + NUM + "段)?(?:" + NUM + "[巷弄]){0,3}" + NUM + "[号號]";
    private static final String ESTATE = NAME + "{2,10}?(?:小区|小區|社区|社區|花园|花園|大厦|大廈|大楼|大樓|公寓|新村|苑|城|中心|广场|廣場)";
    private static final String UNIT = "[-之]?[0-9A-Za-z一二三四五六七八九十百零〇两兩]{1,6}(?:弄|栋|棟|幢|座|单元|單元|楼|樓|层|層|室|[号號](?:楼|樓)?|F)";
    private static final Pattern CHINESE = Pattern.compile(
            "(?:" + DIVISION + "){0,4}(?:" + STREET + " ?" + DOOR + "(?:" + ESTATE + ")?(?:" + UNIT + "){0,6}"
                    + "|" + ESTATE + "(?:" + UNIT + "){1,6})");

    private static final String STREET_TYPE = "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct"
            + "|Place|Pl|Way|Terrace|Close|Crescent|Highway|Hwy|Parkway|Pkwy|Square|Sq)\\b\\.?";
    private static final String APARTMENT = "(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm)\\.?\\s*#?\\s*[0-9]{1,5}[A-Za-z]?\\b";
    private static final String STATE = "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT"
            + "|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)";
    private static final String STATE_ZIP = STATE + "\\s+[0-9]{5}(?:-[0-9]{4})?\\b";
    private static final String UK_POSTCODE = "[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\\b";
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b[0-9]{1,6}[A-Za-z]?(?:\\s+(?:[A-Z][A-Za-z'.-]*|[0-9]{1,3}(?:st|nd|rd|th))){1,4}\\s+" + STREET_TYPE + "(?:\\s+(?:NE|NW|SE|SW|N|S|E|W)\\b)?"
                    + "(?:,?\\s*(?:" + APARTMENT + "|#\\s*[0-9]{1,5}[A-Za-z]?\\b))?"
                    + "(?:,\\s*[A-Z][A-Za-z .'-]{1,30}?,?\\s*(?:" + STATE_ZIP + "|" + UK_POSTCODE + "))?"
                    + "|\\b" + APARTMENT
                    + "|(?<=,\\s{0,2})" + STATE_ZIP);
    private static final Pattern LABELLED_POSTCODE = Pattern.compile(
            "(?i)(?:邮编|郵編|邮政编码|郵政編碼|郵遞區號|邮递区号|zip(?: ?code)?|post ?code|postal code)\\s*(?:is|[:：])?\\s*"
                    + "(?<code>[0-9]{3,6}(?:-[0-9]{4})?|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})");

    /** The addresses in {@code text}, in order, possibly overlapping one another. */
    List<Entity> find(String text) {
        List<Entity> found = new ArrayList<>();
        for (Pattern pattern : List.of(CHINESE, ENGLISH)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(new Entity(EntityType.ADDRESS, m.group(), m.start(), m.end()));
            }
        }
        Matcher m = LABELLED_POSTCODE.matcher(text);
        while (m.find()) {
            found.add(new Entity(EntityType.ADDRESS, m.group("code"), m.start("code"), m.end("code")));
        }
        return found;
    }
}

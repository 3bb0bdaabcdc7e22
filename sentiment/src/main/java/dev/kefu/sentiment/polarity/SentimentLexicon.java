package dev.kefu.sentiment.polarity;

import dev.kefu.text.normalize.TextNormalizer;
import dev.kefu.text.script.ChineseScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sentiment words, emoji and kaomoji written for kefu ({@code lexicon-zh.tsv},
 * {@code lexicon-en.tsv}, {@code lexicon-symbols.tsv}) and how a message uses them. A message is
 * normalized, folded to Simplified and lower-cased, then read left to right taking the longest
 * entry at each position (so 差价 is not 差 and 不错 is not 不 + 错). A negator or degree word
 * reaches the next cue within {@value #SCOPE} characters or words of the same clause; cues after a
 * contrast (但是, but) weigh more, those in a hypothetical clause (如果, if) little; a sarcasm
 * marker (呵呵, "just great") or praise in quotes (真是“好”服务) turns the message's praise into
 * blame; repeated {@code !} and ALL CAPS make blame stronger, repeated {@code ?} adds impatience.
 * Immutable; thread-safe.
 */
public final class SentimentLexicon {

    private static final List<String> FILES = List.of("lexicon-zh.tsv", "lexicon-en.tsv", "lexicon-symbols.tsv");
    private static final int SCOPE = 3;
    private static final double CONTRAST_WEIGHT = 1.3;
    /** What is left of a cue in a hypothetical clause: "if it arrives broken" is no complaint. */
    private static final double IRREALIS_WEIGHT = 0.2;
    /** What is left of a negated complaint: "not bad" is mildly good, not good. */
    private static final double NEGATED_COMPLAINT = 0.4;
    private static final double NEGATED_PRAISE = 0.9;
    /** How much of the praise in a sarcastic message counts as blame. */
    private static final double SARCASM = 0.8;
    private static final double SHOUT_EMPHASIS = 0.3;
    private static final double CAPS_EMPHASIS = 0.4;
    private static final double REPEATED_QUESTION = 0.2;
    private static final String CLAUSE_ENDS = ",.;!?，。；！？、\n";
    private static final String OPENING_QUOTES = "\"“「『‘'";
    private static final String CLOSING_QUOTES = "\"”」』’'";
    /** Matched on NFKC text, where ！ and ？ are ! and ?. */
    private static final Pattern SHOUT = Pattern.compile("!{2,}|!\\?|\\?!");
    private static final Pattern QUESTIONS = Pattern.compile("\\?{2,}");

    enum Kind { CUE, CUE_OR_DEGREE, NEGATOR, DEGREE, CONTRAST, IRREALIS, SARCASM }

    /** One line of a lexicon file; {@code factor} is a degree word's factor or what a negator keeps. */
    record Entry(Kind kind, double weight, double factor, Emotion emotion) {
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        Entry entry;
    }

    private record Match(Entry entry, int start, int end) {
    }

    private final Node root = new Node();
    private final ChineseScript script;

    private SentimentLexicon(ChineseScript script) {
        this.script = script;
    }

    /** The lexicon shipped with kefu. */
    public static SentimentLexicon load(ChineseScript script) {
        SentimentLexicon lexicon = new SentimentLexicon(script);
        for (String file : FILES) {
            try (InputStream in = SentimentLexicon.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + file);
                }
                lexicon.addAll(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lexicon;
    }

    private void addAll(BufferedReader lines, String file) throws IOException {
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            try {
                add(fold(TextNormalizer.normalize(fields[1])), entry(fields));
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + " line " + number + " is not kind<TAB>text[<TAB>value[<TAB>emotion]]: " + line, e);
            }
        }
    }

    private static Entry entry(String[] fields) {
        Emotion emotion = fields.length > 3 ? Emotion.valueOf(fields[3].toUpperCase(Locale.ROOT)) : Emotion.NONE;
        return switch (fields[0]) {
            case "cue" -> new Entry(Kind.CUE, Double.parseDouble(fields[2]), 0, emotion);
            case "cue-degree" -> {
                String[] values = fields[2].split("\\|");
                yield new Entry(Kind.CUE_OR_DEGREE, Double.parseDouble(values[0]), Double.parseDouble(values[1]), emotion);
            }
            case "negator" -> new Entry(Kind.NEGATOR, 0, Double.parseDouble(fields[2]), emotion);
            case "degree" -> new Entry(Kind.DEGREE, 0, Double.parseDouble(fields[2]), emotion);
            case "contrast" -> new Entry(Kind.CONTRAST, 0, 0, emotion);
            case "irrealis" -> new Entry(Kind.IRREALIS, 0, 0, emotion);
            case "sarcasm" -> new Entry(Kind.SARCASM, Double.parseDouble(fields[2]), 0, emotion);
            default -> throw new IllegalArgumentException("unknown kind " + fields[0]);
        };
    }

    private void add(String text, Entry entry) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty entry");
        }
        Node node = root;
        for (int i = 0; i < text.length(); i++) {
            node = node.next.computeIfAbsent(text.charAt(i), c -> new Node());
        }
        node.entry = entry;
    }

    private String fold(String normalized) {
        return script.toSimplified(normalized).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** What the lexicon finds in {@code text}. */
    public LexiconReading read(String text) {
        String normalized = TextNormalizer.normalize(text);
        Reader reader = new Reader(fold(normalized));
        reader.run();
        boolean shouting = SHOUT.matcher(normalized).find();
        boolean caps = allCaps(normalized);
        if (QUESTIONS.matcher(normalized).find()) {
            reader.negative -= REPEATED_QUESTION;
            reader.asserted = true;
            reader.impatience += REPEATED_QUESTION;
            reader.evidence[Emotion.ANXIETY.ordinal()] += REPEATED_QUESTION;
        }
        if (reader.sarcasm) {
            reader.negative -= SARCASM * reader.positive;
            reader.evidence[Emotion.FRUSTRATION.ordinal()] += SARCASM * reader.positive;
            reader.positive = 0;
        }
        double emphasis = 1 + (shouting ? SHOUT_EMPHASIS : 0) + (caps ? CAPS_EMPHASIS : 0);
        double[] evidence = reader.evidence;
        return new LexiconReading(reader.positive, reader.negative * emphasis, reader.impatience, reader.sarcasm,
                shouting || caps, evidence[Emotion.ANGER.ordinal()], evidence[Emotion.FRUSTRATION.ordinal()],
                evidence[Emotion.ANXIETY.ordinal()], reader.length, reader.asserted);
    }

    private static boolean allCaps(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters++;
            } else if (c >= 'A' && c <= 'Z') {
                letters++;
                upper++;
            }
        }
        return letters >= 6 && upper >= 0.7 * letters;
    }

    /** The longest entry starting at {@code start} whose Latin ends fall on word boundaries. */
    private Match longest(String text, int start) {
        if (start > 0 && isWordChar(text.charAt(start)) && isWordChar(text.charAt(start - 1))) {
            return null;
        }
        Node node = root;
        Match best = null;
        for (int i = start; i < text.length(); i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            boolean boundary = i + 1 == text.length() || !isWordChar(text.charAt(i)) || !isWordChar(text.charAt(i + 1));
            if (node.entry != null && boundary) {
                best = new Match(node.entry, start, i + 1);
            }
        }
        return best;
    }

    private static boolean isWordChar(char c) {
        return c < 0x250 && (Character.isLetterOrDigit(c) || c == '\'');
    }

    /** One left-to-right reading of a folded message. */
    private final class Reader {
        private final String text;
        double positive;
        double negative;
        double impatience;
        boolean sarcasm;
        final double[] evidence = new double[Emotion.values().length];
        private int negations;
        private double kept = 1;
        private double degree = 1;
        private boolean pending;
        private int units;
        int length;
        private boolean contrasted;
        private boolean hypothetical;
        /** Whether a cue was found outside a hypothetical clause. */
        boolean asserted;

        Reader(String text) {
            this.text = text;
        }

        void run() {
            int i = 0;
            while (i < text.length()) {
                Match match = longest(text, i);
                if (match != null) {
                    length++;
                    apply(match);
                    i = match.end();
                    continue;
                }
                char c = text.charAt(i);
                if (CLAUSE_ENDS.indexOf(c) >= 0) {
                    hypothetical = false;
                    reset();
                    i++;
                } else if (isWordChar(c)) {
                    int end = i + 1;
                    while (end < text.length() && isWordChar(text.charAt(end))) {
                        end++;
                    }
                    unit();
                    i = end;
                } else {
                    if (Character.isLetterOrDigit(c)) {
                        unit();
                    }
                    i++;
                }
            }
        }

        private void apply(Match match) {
            Entry entry = match.entry();
            switch (entry.kind()) {
                case NEGATOR -> {
                    negations++;
                    kept = Math.min(kept, entry.factor());
                    modified();
                }
                case DEGREE -> {
                    degree *= entry.factor();
                    modified();
                }
                case CONTRAST -> {
                    contrasted = true;
                    reset();
                }
                case IRREALIS -> {
                    hypothetical = true;
                    reset();
                }
                case SARCASM -> {
                    sarcasm = true;
                    negative += entry.weight();
                    evidence[entry.emotion().ordinal()] += Math.abs(entry.weight());
                    reset();
                }
                case CUE_OR_DEGREE -> {
                    if (cueFollows(match.end())) {
                        degree *= entry.factor();
                        modified();
                    } else {
                        cue(match);
                    }
                }
                case CUE -> cue(match);
            }
        }

        private boolean cueFollows(int end) {
            int next = end;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            Match following = next < text.length() ? longest(text, next) : null;
            return following != null && (following.entry().kind() == Kind.CUE || following.entry().kind() == Kind.CUE_OR_DEGREE);
        }

        private void cue(Match match) {
            Entry entry = match.entry();
            boolean negated = pending && negations % 2 == 1;
            double weight = entry.weight() * (pending ? degree : 1);
            if (negated) {
                weight = -weight * kept * (weight > 0 ? NEGATED_PRAISE : NEGATED_COMPLAINT);
            }
            if (contrasted) {
                weight *= CONTRAST_WEIGHT;
            }
            if (hypothetical) {
                weight *= IRREALIS_WEIGHT;
            } else {
                asserted |= weight != 0;
            }
            if (weight > 0) {
                positive += weight;
                sarcasm |= quoted(match);
            } else {
                negative += weight;
            }
            Emotion emotion = negated ? (entry.weight() > 0 ? Emotion.FRUSTRATION : Emotion.NONE) : entry.emotion();
            evidence[emotion.ordinal()] += Math.abs(weight);
            if (emotion == Emotion.ANXIETY) {
                impatience += Math.abs(weight);
            }
            reset();
        }

        private boolean quoted(Match match) {
            return match.start() > 0 && match.end() < text.length()
                    && OPENING_QUOTES.indexOf(text.charAt(match.start() - 1)) >= 0
                    && CLOSING_QUOTES.indexOf(text.charAt(match.end())) >= 0;
        }

        private void modified() {
            pending = true;
            units = 0;
        }

        private void unit() {
            length++;
            if (pending && ++units > SCOPE) {
                reset();
            }
        }

        private void reset() {
            pending = false;
            negations = 0;
            kept = 1;
            degree = 1;
            units = 0;
        }
    }
}

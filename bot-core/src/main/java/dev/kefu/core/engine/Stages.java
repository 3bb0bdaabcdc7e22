package dev.kefu.core.engine;

import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.intents.IntentClassifier;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.sentiment.moderation.ModerationDetector;
import dev.kefu.sentiment.polarity.SentimentAnalyzer;
import dev.kefu.text.Language;
import dev.kefu.text.detect.Detection;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.normalize.TextNormalizer;

/** The stages of the pipeline in DESIGN.md, each a small function of the turn. */
final class Stages {

    private Stages() {
    }

    static Stage normalize() {
        return turn -> turn.text(TextNormalizer.normalize(turn.message().text()));
    }

    /**
     * Short messages with no letters (“123”, “👍”) keep the conversation's language; in a
     * conversation in Chinese, so do Chinese that both scripts write alike (it keeps the script)
     * and one Latin word (“ok”, “thx”, “yyds”).
     */
    static Stage detectLanguage(LanguageDetector detector, Language fallback) {
        return turn -> {
            Detection detection = detector.detect(turn.text());
            Language language = detection.language();
            Language previous = Language.fromTag(turn.conversation().language());
            if (language == Language.UNDETERMINED) {
                language = previous != Language.UNDETERMINED ? previous : fallback;
            } else if (detection.doubt() != Detection.Doubt.NONE && previous.isChinese()) {
                language = previous;
            }
            turn.language(language, detection.language() == Language.UNDETERMINED ? detection.tag() : language.tag());
        };
    }

    static Stage redact(PiiRedactor redactor) {
        return turn -> {
            PiiRedactor.Redaction redaction = redactor.redact(turn.text());
            turn.redaction(redaction.text(), redaction.entities());
        };
    }

    static Stage moderate(ModerationDetector detector) {
        return turn -> turn.moderation(detector.check(turn.text()));
    }

    static Stage classifyIntent(IntentClassifier classifier) {
        return turn -> turn.intent(classifier.classify(turn.text(), turn.language()));
    }

    static Stage scoreSentiment(SentimentAnalyzer analyzer) {
        return turn -> turn.sentiment(analyzer.analyze(turn.text(), turn.language()));
    }

    /** Searches with the redacted text (personal data is never a search term), while the bot has the conversation. */
    static Stage retrieve(KnowledgeBase knowledgeBase) {
        return turn -> {
            if (turn.conversation().state() == ConversationState.BOT) {
                turn.retrieval(knowledgeBase.search(turn.redactedText()));
            }
        };
    }
}

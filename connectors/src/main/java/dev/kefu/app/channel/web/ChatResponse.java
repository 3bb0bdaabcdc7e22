package dev.kefu.app.channel.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kefu.core.message.Reply;
import dev.kefu.core.message.TurnResult;
import java.util.List;
import java.util.Locale;

/** The chat API's answer, exactly as the public contract in DESIGN.md names its fields. */
record ChatResponse(String conversationId, String state, List<ReplyDto> replies, AnalysisDto analysis) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ReplyDto(String type, String text, String faqId, List<String> suggestions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AnalysisDto(String language, IntentDto intent, SentimentDto sentiment, String handoffReason) {
    }

    record IntentDto(String name, double confidence) {
    }

    /** The message's score, label and emotion, and the conversation's weighted mean score with it. */
    record SentimentDto(double score, String label, String emotion, double trend) {
    }

    static ChatResponse of(TurnResult result) {
        var analysis = result.analysis();
        return new ChatResponse(result.conversationId(), result.state().name(),
                result.replies().stream().map(ChatResponse::reply).toList(),
                new AnalysisDto(analysis.language(),
                        new IntentDto(analysis.intent().name(), analysis.intent().confidence()),
                        new SentimentDto(round(analysis.sentiment().score()),
                                analysis.sentiment().label().name().toLowerCase(Locale.ROOT),
                                analysis.sentiment().emotion().wireName(), round(analysis.sentimentTrend().mean())),
                        analysis.handoffReason() == null ? null : analysis.handoffReason().name()));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static ReplyDto reply(Reply reply) {
        return new ReplyDto(reply.type().wireName(), reply.text(), reply.faqId(), reply.suggestions());
    }
}

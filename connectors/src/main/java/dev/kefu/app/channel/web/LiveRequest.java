package dev.kefu.app.channel.web;

/**
 * One message of the widget's live protocol, as {@link WebInbound} read it: its {@code type}
 * ({@code hello}, {@code watch}, {@code typing}, or another the socket refuses), the visitor token of
 * a hello, the conversation to watch and the last sequence the widget has, and whether the visitor
 * types. Absent fields are null, 0 and false. Its {@code toString} leaves the token out.
 */
public record LiveRequest(String type, String token, String conversationId, long after, boolean typing) {

    @Override
    public String toString() {
        return "LiveRequest[type=" + type + ", conversationId=" + conversationId + ", after=" + after + "]";
    }
}

package dev.kefu.app.desk;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code kefu.desk.*} settings: the canned answers an agent inserts with one click
 * ({@code canned[0].title}, {@code .zh}, {@code .en}): the desk offers the text in the
 * conversation's language, and the agent may edit it before sending. None configured: a few
 * general ones.
 */
@ConfigurationProperties("kefu.desk")
public record DeskProperties(@DefaultValue List<CannedAnswer> canned) {

    /** One canned answer in Chinese and English. */
    public record CannedAnswer(String title, String zh, String en) {
    }

    private static final List<CannedAnswer> GENERAL = List.of(
            new CannedAnswer("greeting", "您好，我是人工客服，很高兴为您服务。请问有什么可以帮您？",
                    "Hello, I'm a member of the support team. How can I help you?"),
            new CannedAnswer("checking", "请稍等，我正在为您查询。", "One moment please, I'm looking into it."),
            new CannedAnswer("order number", "请提供您的订单号，方便我为您查询。",
                    "Could you give me your order number so that I can check?"),
            new CannedAnswer("anything else", "请问还有其他可以帮您的吗？", "Is there anything else I can help you with?"),
            new CannedAnswer("goodbye", "感谢您的耐心，祝您生活愉快！", "Thank you for your patience. Have a nice day!"));

    /** The configured answers, or the general ones. */
    public List<CannedAnswer> answers() {
        return canned.isEmpty() ? GENERAL : canned;
    }
}

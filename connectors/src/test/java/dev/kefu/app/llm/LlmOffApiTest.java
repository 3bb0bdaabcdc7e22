package dev.kefu.app.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.engine.ReplyAugmenter;
import dev.kefu.core.llm.GroundedComposer;
import dev.kefu.core.llm.GuardedChatModel;
import dev.kefu.core.llm.LlmEndpoint;
import dev.kefu.core.llm.LlmSummarizer;
import dev.kefu.core.llm.ReplySuggester;
import dev.langchain4j.model.chat.ChatModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** With {@code kefu.llm.*} unset (the default) there is no model, and the chat API answers from the knowledge base alone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LlmOffApiTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kefu.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void noModelNorAnythingThatUsesItExists() {
        for (Class<?> type : new Class<?>[] {ChatModel.class, LlmEndpoint.class, GuardedChatModel.class, GroundedComposer.class,
                ReplyAugmenter.class, LlmSummarizer.class, ReplySuggester.class}) {
            assertThat(context.getBeanNamesForType(type)).as(type.getSimpleName()).isEmpty();
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "我要退货                  | return-how | 在“我的订单”中选择商品，点击“申请退货”，审核通过后按提示寄回即可。",
        "我要退貨                  | return-how | 在“我的訂單”中選擇商品，點選“申請退貨”，稽核透過後按提示寄回即可。",
        "How do I return an item? | return-how | Select the item under My Orders, click Request return, and after approval ship it back as instructed.",
    })
    void answersWithTheKnowledgeBasesOwnWords(String text, String faqId, String answer) throws Exception {
        JsonNode reply = new ChatClient(port).say("off-" + text.hashCode(), text).get("replies").get(0);
        assertThat(reply.get("type").asString()).isEqualTo("answer");
        assertThat(reply.get("faqId").asString()).isEqualTo(faqId);
        assertThat(reply.get("text").asString()).isEqualTo(answer);
    }
}

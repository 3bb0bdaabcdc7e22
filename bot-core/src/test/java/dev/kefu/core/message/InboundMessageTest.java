package dev.kefu.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The customer's tags a channel hands on: lower-cased, and refused when they could not be stored as one tag. */
class InboundMessageTest {

    private static InboundMessage tagged(Set<String> tags) {
        return new InboundMessage("web", "u1", null, "hi", null, Instant.EPOCH, tags);
    }

    @Test
    void tagsAreLowerCasedAndAMessageWithoutTagsHasNone() {
        assertThat(tagged(Set.of(" VIP ", "老客户", "tier_2")).tags()).containsExactlyInAnyOrder("vip", "老客户", "tier_2");
        assertThat(new InboundMessage("web", "u1", null, "hi", null, Instant.EPOCH).tags()).isEmpty();
        assertThat(tagged(null).tags()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "a,b", "vip customer", "<script>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "新\u0000"})
    void refusesATagThatIsNotOneWord(String tag) {
        assertThatThrownBy(() -> tagged(Set.of(tag))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a tag is");
    }
}

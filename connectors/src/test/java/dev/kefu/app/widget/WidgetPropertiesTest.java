package dev.kefu.app.widget;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WidgetPropertiesTest {

    private static WidgetProperties widget(String color, String position, String language) {
        return new WidgetProperties("", "", color, position, language, null, Duration.ofDays(30), Duration.ofSeconds(3),
                List.of("*"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"#0b57d0,right,auto", "#FFAA00,left,zh-CN", "#000000,right,zh-TW", "#ffffff,left,en"})
    void acceptsWhatTheWidgetUnderstands(String color, String position, String language) {
        assertThatCode(() -> widget(color, position, language)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "blue,right,auto", "#0b57d,right,auto", "'#0b57d0;}body{display:none',right,auto", "#0b57d0,center,auto",
        "#0b57d0,right,zh-Hans", "#0b57d0,right,<script>",
    })
    void refusesTheRestAtStartUp(String color, String position, String language) {
        assertThatThrownBy(() -> widget(color, position, language)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("kefu.widget.");
    }
}

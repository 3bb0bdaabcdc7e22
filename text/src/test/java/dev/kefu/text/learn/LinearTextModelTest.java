package dev.kefu.text.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearTextModelTest {

    private static final ChineseScript SCRIPT = ChineseScript.load();
    private static final List<String> TEXTS = List.of("我要退货", "退货流程", "退貨", "where is my order", "my order status", "order 在哪");
    private static final int[] CLASSES = {0, 0, 0, 1, 1, 1};

    @TempDir
    Path dir;

    private static float[][] dense(int size) {
        float[][] dense = new float[TEXTS.size()][size];
        for (int i = 0; i < dense.length; i++) {
            if (size > 0) {
                dense[i][0] = CLASSES[i] == 0 ? -1 : 1;
            }
        }
        return dense;
    }

    @Test
    void readsNgramsAloneOrWithADenseVector() {
        LinearTextModel ngrams = LinearTextModel.fit(SCRIPT, TEXTS, dense(0), CLASSES, 2, true, SoftmaxRegression.Settings.DEFAULTS);
        assertThat(ngrams.probabilities(new float[0], "退貨流程")[0]).isGreaterThan(0.5);
        assertThat(ngrams.probabilities(new float[0], "my order")[1]).isGreaterThan(0.5);

        LinearTextModel denseOnly = LinearTextModel.fit(SCRIPT, TEXTS, dense(2), CLASSES, 2, false, SoftmaxRegression.Settings.DEFAULTS);
        assertThat(denseOnly.denseSize()).isEqualTo(2);
        assertThat(denseOnly.probabilities(new float[] {1, 0}, "退货")[1]).isGreaterThan(0.5);
    }

    @Test
    void refusesADenseVectorOfAnotherSize() {
        LinearTextModel model = LinearTextModel.fit(SCRIPT, TEXTS, dense(2), CLASSES, 2, true, SoftmaxRegression.Settings.DEFAULTS);
        assertThatThrownBy(() -> model.probabilities(new float[3], "退货"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("retrain");
        assertThatThrownBy(() -> LinearTextModel.fit(SCRIPT, TEXTS, dense(0), new int[1], 2, true, SoftmaxRegression.Settings.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void savesInAModelFileAndReadsItBack() throws IOException {
        LinearTextModel model = LinearTextModel.fit(SCRIPT, TEXTS, dense(1), CLASSES, 2, true, SoftmaxRegression.Settings.DEFAULTS);
        Path file = dir.resolve("sub/m.model");
        ModelFile.save(file, "kefu-test", 3, model::write);
        LinearTextModel read = ModelFile.load(file, "kefu-test", 3, in -> LinearTextModel.read(in, SCRIPT));
        assertThat(read.probabilities(new float[] {1}, "退货 order")).containsExactly(model.probabilities(new float[] {1}, "退货 order"));
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void refusesAnotherModelAFormerFormatAndAFileThatIsNoModel() throws IOException {
        LinearTextModel model = LinearTextModel.fit(SCRIPT, TEXTS, dense(0), CLASSES, 2, true, SoftmaxRegression.Settings.DEFAULTS);
        Path file = dir.resolve("m.model");
        ModelFile.save(file, "kefu-test", 3, model::write);
        assertThatThrownBy(() -> ModelFile.load(file, "kefu-other", 3, in -> LinearTextModel.read(in, SCRIPT)))
                .isInstanceOf(IOException.class).hasMessageContaining("is not a kefu-other model of format 3");
        assertThatThrownBy(() -> ModelFile.load(file, "kefu-test", 2, in -> LinearTextModel.read(in, SCRIPT)))
                .isInstanceOf(IOException.class);
        Path text = Files.writeString(dir.resolve("t.model"), "text,label\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ModelFile.load(text, "kefu-test", 3, in -> LinearTextModel.read(in, SCRIPT)))
                .isInstanceOf(IOException.class).hasMessageContaining("t.model");
    }
}

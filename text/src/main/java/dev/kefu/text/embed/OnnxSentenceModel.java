package dev.kefu.text.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A quantized ONNX sentence model from its LangChain4j jar, run with one thread per call. The
 * LangChain4j classes let ONNX Runtime spread each call over every core, which on a busy server
 * makes concurrent queries wait for one another: one thread per call halves the p99.
 */
final class OnnxSentenceModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    private OnnxSentenceModel(Class<?> jar, String model, String tokenizer, PoolingMode pooling) {
        super(Runnable::run);
        try (InputStream modelBytes = resource(jar, model); InputStream tokenizerJson = resource(jar, tokenizer)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(modelBytes.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizerJson, pooling);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load " + model, e);
        }
    }

    /** bge-small-zh v1.5, quantized: 512 dimensions, CLS pooling. */
    static OnnxSentenceModel bgeSmallZh() {
        return new OnnxSentenceModel(BgeSmallZhV15QuantizedEmbeddingModel.class,
                "/bge-small-zh-v1.5-q.onnx", "/bge-small-zh-v1.5-q-tokenizer.json", PoolingMode.CLS);
    }

    /** all-MiniLM-L6-v2, quantized: 384 dimensions, mean pooling. */
    static OnnxSentenceModel allMiniLm() {
        return new OnnxSentenceModel(AllMiniLmL6V2QuantizedEmbeddingModel.class,
                "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN);
    }

    /** bge-small-en v1.5, quantized: 384 dimensions, CLS pooling. */
    static OnnxSentenceModel bgeSmallEn() {
        return new OnnxSentenceModel(BgeSmallEnV15QuantizedEmbeddingModel.class,
                "/bge-small-en-v1.5-q.onnx", "/bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS);
    }

    private static InputStream resource(Class<?> jar, String name) {
        InputStream in = jar.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing " + name + " in the jar of " + jar.getSimpleName());
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }
}

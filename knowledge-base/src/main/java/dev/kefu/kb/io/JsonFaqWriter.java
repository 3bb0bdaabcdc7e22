package dev.kefu.kb.io;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A JSON array with one object per entry-language, lists as arrays, as {@link JsonFaqParser} reads it. */
final class JsonFaqWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonFaqWriter() {
    }

    static String render(List<FaqEntry> entries) {
        ArrayNode rows = MAPPER.createArrayNode();
        for (FaqEntry entry : entries) {
            for (FaqVariant variant : entry.variants()) {
                ObjectNode row = rows.addObject()
                        .put("id", entry.id())
                        .put("language", variant.language().tag())
                        .put("question", variant.question());
                variant.alternates().forEach(row.putArray("alternates")::add);
                row.put("answer", variant.answer());
                entry.tags().forEach(row.putArray("tags")::add);
            }
        }
        return MAPPER.writeValueAsString(rows) + "\n";
    }
}

package dev.kefu.kb.io;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A JSON array of entry objects; see {@link FaqReader} for the fields. */
final class JsonFaqParser {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private JsonFaqParser() {
    }

    static List<FaqRow> parse(String text) throws FaqFormatException {
        List<FaqRow> rows = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new FaqFormatException(line(parser), "expected a JSON array of entries");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = line(parser);
                JsonNode node = MAPPER.readTree(parser);
                rows.add(new FaqRow(line, text(node, "id"), text(node, "language"), text(node, "question"),
                        list(node, "alternates"), text(node, "answer"), list(node, "tags")));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new FaqFormatException(line(parser), "expected an entry object or the end of the array");
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new FaqFormatException(line, "malformed JSON: " + e.getOriginalMessage());
        }
        return rows;
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString();
    }

    private static List<String> list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            return PipeSeparatedList.split(value.asString());
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asString()));
        return items;
    }
}

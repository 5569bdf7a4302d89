package dev.reviewbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads what the adapter sent to the fake Slack: the blocks of a post or response_url call, buttons, texts. */
final class Posted {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Posted() {
    }

    /** The blocks of a chat.postMessage (form field "blocks") or of a response_url / views.publish body. */
    static JsonNode blocks(RecordedCall call) {
        if (call.json() != null) {
            return call.json().path("blocks");
        }
        String field = call.param("view") != null ? call.param("view") : call.param("blocks");
        try {
            JsonNode node = JSON.readTree(field == null ? "[]" : field);
            return node.has("blocks") ? node.get("blocks") : node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every "text" string in the blocks, in order (section texts, context elements, button labels). */
    static List<String> texts(RecordedCall call) {
        List<String> texts = new ArrayList<>();
        collect(blocks(call), texts);
        return texts;
    }

    static String allText(RecordedCall call) {
        return String.join("\n", texts(call));
    }

    /** Every "text" in a stored message's blocks, as it stands now (after any chat.update). */
    static String allText(FakeSlack.Message message) {
        try {
            List<String> texts = new ArrayList<>();
            collect(JSON.readTree(message.blocks() == null ? "[]" : message.blocks()), texts);
            return String.join("\n", texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every "text" in blocks the renderer made, before they are sent. */
    static String blocksText(List<com.slack.api.model.block.LayoutBlock> blocks) {
        try {
            List<String> texts = new ArrayList<>();
            collect(JSON.readTree(com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(blocks)), texts);
            return String.join("\n", texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of the button with this action id (or action id prefix), or null. */
    static String buttonValue(RecordedCall call, String actionIdPrefix) {
        for (JsonNode block : blocks(call)) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("action_id").asText("").startsWith(actionIdPrefix)) {
                    return element.path("value").asText();
                }
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isObject()) {
            JsonNode text = node.get("text");
            if (text != null && text.isTextual()) {
                texts.add(text.asText());
            }
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("text") || !field.getValue().isTextual()) {
                    collect(field.getValue(), texts);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, texts));
        }
    }
}

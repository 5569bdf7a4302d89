package dev.reviewbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Environment variables over the settings tree, by one rule as Spring and Micronaut do: {@code REVIEWBOT_} and
 * the setting's path in upper case, dots and dashes as underscores ({@code retrieval.lexical-weight} is
 * {@code REVIEWBOT_RETRIEVAL_LEXICAL_WEIGHT}). Older names stay as aliases; the rule's name wins over an alias.
 * Remembers which variable set which setting, so a bad value is reported by the variable's name.
 */
final class EnvironmentOverrides {

    private final Map<String, String> environment;
    /** Setting path to the variable that set it. */
    private final Map<String, String> applied = new LinkedHashMap<>();

    EnvironmentOverrides(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The variable of the rule for a setting path: "llm.circuit-breaker.open-for" is REVIEWBOT_LLM_CIRCUIT_BREAKER_OPEN_FOR. */
    static String variableOf(String path) {
        return "REVIEWBOT_" + path.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Every setting path of the tree (its leaves; a list is one setting). */
    static List<String> paths(JsonNode tree) {
        List<String> paths = new ArrayList<>();
        collect(tree, "", paths);
        return paths;
    }

    /** Sets a setting from an alias variable, when that variable is set. */
    void alias(ObjectNode tree, String variable, String path) {
        String value = environment.get(variable);
        if (value != null && !value.isBlank()) {
            set(tree, path, value);
            applied.put(path, variable);
        }
    }

    /** Sets every setting of the tree whose rule variable is set. */
    void applyRule(ObjectNode tree) {
        for (String path : paths(tree)) {
            alias(tree, variableOf(path), path);
        }
    }

    /** The variable behind the setting a problem names (by its path, or a Jackson field path), if one set it. */
    Optional<String> variableBehind(String problem, String jacksonPath) {
        if (jacksonPath != null && applied.containsKey(jacksonPath)) {
            return Optional.of(applied.get(jacksonPath));
        }
        return applied.entrySet().stream().filter(e -> problem.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    private static void collect(JsonNode node, String prefix, List<String> paths) {
        if (!node.isObject()) {
            paths.add(prefix);
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            collect(field.getValue(), prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), paths);
        }
    }

    static void set(ObjectNode tree, String path, String value) {
        String[] parts = path.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.withObjectProperty(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }
}

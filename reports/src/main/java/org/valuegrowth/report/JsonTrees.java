package org.valuegrowth.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Converts JSON-shaped trees (Vavr or java.util maps and sequences, strings, numbers, booleans)
 * into Jackson nodes, keeping map order. Non-finite doubles become the strings "NaN", "Infinity",
 * "-Infinity" (JSON has no such numbers).
 */
public final class JsonTrees {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /** The Jackson node for {@code value}. */
    public static JsonNode toJson(Object value) {
        if (value == null) {
            return F.nullNode();
        }
        if (value instanceof JsonNode) {
            return (JsonNode) value;
        }
        if (value instanceof String) {
            return F.textNode((String) value);
        }
        if (value instanceof Boolean) {
            return F.booleanNode((Boolean) value);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == 0.0) {
                d = 0.0; // print -0.0 as 0.0
            }
            return Double.isFinite(d) ? F.numberNode(d) : F.textNode(Double.toString(d));
        }
        if (value instanceof Number) {
            return F.numberNode(((Number) value).longValue());
        }
        if (value instanceof io.vavr.collection.Map) {
            ObjectNode o = F.objectNode();
            for (io.vavr.Tuple2<?, ?> e : (io.vavr.collection.Map<?, ?>) value) {
                o.set(String.valueOf(e._1), toJson(e._2));
            }
            return o;
        }
        if (value instanceof java.util.Map) {
            ObjectNode o = F.objectNode();
            for (java.util.Map.Entry<?, ?> e : ((java.util.Map<?, ?>) value).entrySet()) {
                o.set(String.valueOf(e.getKey()), toJson(e.getValue()));
            }
            return o;
        }
        if (value instanceof Iterable) {
            ArrayNode a = F.arrayNode();
            for (Object x : (Iterable<?>) value) {
                a.add(toJson(x));
            }
            return a;
        }
        if (value instanceof double[]) {
            ArrayNode a = F.arrayNode();
            for (double d : (double[]) value) {
                a.add(toJson(d));
            }
            return a;
        }
        return F.textNode(String.valueOf(value));
    }
}

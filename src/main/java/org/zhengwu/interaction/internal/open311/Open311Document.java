package org.zhengwu.interaction.internal.open311;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response of the API as one tree that both formats write the same way (so XML and JSON can never say different
 * things): {@code root} names the XML root element; {@code body} is a {@link Fields} (a JSON object) or a
 * {@link Many} (a JSON array; in XML one element per item, named {@link Many#item()}).
 */
record Open311Document(String root, Object body) {

    /** Named values in order: strings, numbers, booleans, null (an empty element in XML), {@link Fields}, {@link Many}. */
    static final class Fields {

        private final Map<String, Object> values = new LinkedHashMap<>();

        Fields put(String name, Object value) {
            values.put(name, value);
            return this;
        }

        Map<String, Object> values() {
            return Collections.unmodifiableMap(values);
        }
    }

    /** A list whose items are {@link Fields} or plain values. */
    record Many(String item, List<?> items) {

        Many {
            items = List.copyOf(items);
        }
    }
}

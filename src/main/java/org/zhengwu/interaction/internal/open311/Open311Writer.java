package org.zhengwu.interaction.internal.open311;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link Open311Document} as UTF-8: XML with the JDK's StAX writer (declaration with {@code encoding="UTF-8"}
 * first, escaping done by the writer), JSON with Jackson.
 */
final class Open311Writer {

    // the JDK's own writer, not whichever StAX library is on the class path (Woodstox quotes the declaration with ')
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Open311Writer() {
    }

    static byte[] write(Open311Document document, Open311Format format) {
        return format == Open311Format.XML ? xml(document) : JSON.writeValueAsBytes(plain(document.body()));
    }

    private static byte[] xml(Open311Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            element(w, document.root(), document.body());
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (value instanceof Open311Document.Fields f) {
            for (Map.Entry<String, Object> e : f.values().entrySet()) {
                element(w, e.getKey(), e.getValue());
            }
        } else if (value instanceof Open311Document.Many m) {
            for (Object item : m.items()) {
                element(w, m.item(), item);
            }
        } else {
            w.writeCharacters(String.valueOf(value));
        }
        w.writeEndElement();
    }

    /** The tree as maps and lists, which Jackson writes as objects and arrays. */
    private static Object plain(Object value) {
        if (value instanceof Open311Document.Fields f) {
            Map<String, Object> map = new LinkedHashMap<>();
            f.values().forEach((k, v) -> map.put(k, plain(v)));
            return map;
        }
        if (value instanceof Open311Document.Many m) {
            List<Object> list = new ArrayList<>();
            m.items().forEach(i -> list.add(plain(i)));
            return list;
        }
        return value;
    }
}

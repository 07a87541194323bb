package io.quire.sql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ScanSpec} as JSON text, written and read with Jackson's streaming API: the plan carries
 * it into generated code, so the first query of a process pays for it. Jackson's data binding
 * took ~25 ms there to introspect the records once; this takes none. Field names are the
 * records' component names.
 */
final class ScanSpecJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ScanSpecJson() {
    }

    static String write(ScanSpec s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("filter");
            writeFilter(g, s.filter());
            g.writeBooleanField("exact", s.exact());
            g.writeArrayFieldStart("sort");
            for (ScanSpec.SortKey k : s.sort()) {
                g.writeStartObject();
                g.writeNumberField("column", k.column());
                g.writeBooleanField("descending", k.descending());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("fetch", s.fetch());
            g.writeFieldName("fields");
            g.writeArray(s.fields(), 0, s.fields().length);
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void writeFilter(JsonGenerator g, PushedFilter f) throws IOException {
        if (f == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("op", f.op());
        g.writeNumberField("column", f.column());
        g.writeArrayFieldStart("operands");
        for (String o : f.operands()) {
            g.writeString(o);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("args");
        for (PushedFilter a : f.args()) {
            writeFilter(g, a);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static ScanSpec read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            PushedFilter filter = null;
            boolean exact = false;
            List<ScanSpec.SortKey> sort = new ArrayList<>();
            long fetch = -1;
            int[] fields = new int[0];
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "filter" -> filter = readFilter(p, t);
                    case "exact" -> exact = p.getBooleanValue();
                    case "sort" -> {
                        expect(t, JsonToken.START_ARRAY);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            int column = -1;
                            boolean descending = false;
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String k = p.currentName();
                                p.nextToken();
                                if (k.equals("column")) {
                                    column = p.getIntValue();
                                } else if (k.equals("descending")) {
                                    descending = p.getBooleanValue();
                                }
                            }
                            sort.add(new ScanSpec.SortKey(column, descending));
                        }
                    }
                    case "fetch" -> fetch = p.getLongValue();
                    case "fields" -> fields = readInts(p, t);
                    default -> p.skipChildren();
                }
            }
            return new ScanSpec(filter, exact, sort, fetch, fields);
        } catch (IOException e) {
            throw new IllegalStateException("Not a scan specification: " + e.getMessage(), e);
        }
    }

    private static PushedFilter readFilter(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_OBJECT);
        String op = null;
        int column = -1;
        List<String> operands = new ArrayList<>();
        List<PushedFilter> args = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "op" -> op = p.getText();
                case "column" -> column = p.getIntValue();
                case "operands" -> {
                    expect(v, JsonToken.START_ARRAY);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        operands.add(p.getText());
                    }
                }
                case "args" -> {
                    expect(v, JsonToken.START_ARRAY);
                    for (JsonToken a = p.nextToken(); a != JsonToken.END_ARRAY; a = p.nextToken()) {
                        args.add(readFilter(p, a));
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new PushedFilter(op, column, List.copyOf(operands), List.copyOf(args));
    }

    private static int[] readInts(JsonParser p, JsonToken t) throws IOException {
        expect(t, JsonToken.START_ARRAY);
        List<Integer> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(p.getIntValue());
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void expect(JsonToken got, JsonToken want) throws IOException {
        if (got != want) {
            throw new IOException("expected " + want + ", found " + got);
        }
    }
}

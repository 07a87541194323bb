package io.quire.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a table scan asks of the site: equality filters on pushable columns, a row limit and
 * the columns wanted. Carried into generated code as JSON text, so it must stay plain data.
 *
 * @param equalities column index -> operand: a literal as text, or {@code ?N} for parameter N
 * @param fetch      maximum rows the scan must return, or -1
 * @param fields     indexes of the table columns the scan returns, in order
 */
public record ScanSpec(Map<Integer, String> equalities, long fetch, int[] fields) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ScanSpec {
        equalities = new LinkedHashMap<>(equalities);
    }

    public static ScanSpec all(int columnCount) {
        int[] fields = new int[columnCount];
        for (int i = 0; i < columnCount; i++) {
            fields[i] = i;
        }
        return new ScanSpec(Map.of(), -1, fields);
    }

    public boolean hasFilters() {
        return !equalities.isEmpty();
    }

    public ScanSpec withEqualities(Map<Integer, String> eq) {
        return new ScanSpec(eq, fetch, fields);
    }

    public ScanSpec withFetch(long n) {
        return new ScanSpec(equalities, n, fields);
    }

    public ScanSpec withFields(int[] f) {
        return new ScanSpec(equalities, fetch, f);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ScanSpec fromJson(String json) {
        try {
            return JSON.readValue(json, ScanSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ScanSpec[equalities=" + equalities + ", fetch=" + fetch + ", fields=" + Arrays.toString(fields) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScanSpec s && s.equalities.equals(equalities) && s.fetch == fetch
                && Arrays.equals(s.fields, fields);
    }

    @Override
    public int hashCode() {
        return equalities.hashCode() * 31 + Long.hashCode(fetch) * 17 + Arrays.hashCode(fields);
    }
}

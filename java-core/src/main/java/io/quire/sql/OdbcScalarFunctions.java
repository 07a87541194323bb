package io.quire.sql;

import java.nio.charset.StandardCharsets;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;

/**
 * ODBC scalar functions the engine has no form of its own for, as functions in the schema:
 * {@code {fn OCTET_LENGTH(s)}} and {@code {fn BIT_LENGTH(s)}} on text (the engine's
 * OCTET_LENGTH takes binary only) count the bytes of the UTF-8 the driver sends.
 */
public final class OdbcScalarFunctions {
    static final String OCTET_LENGTH = "QUIRE_OCTET_LENGTH";
    static final String BIT_LENGTH = "QUIRE_BIT_LENGTH";

    private OdbcScalarFunctions() {
    }

    static void register(SchemaPlus schema) {
        schema.add(OCTET_LENGTH, ScalarFunctionImpl.create(OdbcScalarFunctions.class, "octetLength"));
        schema.add(BIT_LENGTH, ScalarFunctionImpl.create(OdbcScalarFunctions.class, "bitLength"));
    }

    public static Long octetLength(String s) {
        return s == null ? null : (long) s.getBytes(StandardCharsets.UTF_8).length;
    }

    public static Long bitLength(String s) {
        return s == null ? null : 8L * s.getBytes(StandardCharsets.UTF_8).length;
    }
}

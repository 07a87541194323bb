package io.quire.proc;

import io.quire.auth.oauth.OAuthProcedures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every stored procedure the driver offers, in the order SQLProcedures lists them. */
public final class Procedures {
    private Procedures() {
    }

    public static List<Procedure> all() {
        List<Procedure> out = new ArrayList<>(OAuthProcedures.all());
        return List.copyOf(out);
    }

    /** The procedure called name (case-insensitive), or null. */
    public static Procedure find(String name) {
        for (Procedure p : all()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}

package io.quire.proc;

import io.quire.auth.oauth.OAuthProcedures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/** Every stored procedure the driver offers: its own, then those of {@link ProcedureProvider}s. */
public final class Procedures {
    private Procedures() {
    }

    private static final class Holder {
        static final List<Procedure> ALL = load();

        private static List<Procedure> load() {
            List<Procedure> out = new ArrayList<>(OAuthProcedures.all());
            for (ProcedureProvider p : ServiceLoader.load(ProcedureProvider.class, Procedures.class.getClassLoader())) {
                out.addAll(p.procedures());
            }
            return List.copyOf(out);
        }
    }

    public static List<Procedure> all() {
        return Holder.ALL;
    }

    /** The procedure called name (case-insensitive), or null. */
    public static Procedure find(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Procedure p : all()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(n)) {
                return p;
            }
        }
        return null;
    }
}

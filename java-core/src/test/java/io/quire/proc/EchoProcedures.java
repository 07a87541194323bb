package io.quire.proc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A test procedure: Echo(Text, Times) answers Times rows of (N, Text, the connection's User). */
public final class EchoProcedures implements ProcedureProvider {
    @Override
    public List<Procedure> procedures() {
        return List.of(new Procedure() {
            @Override
            public String name() {
                return "Echo";
            }

            @Override
            public String description() {
                return "Answers its text back.";
            }

            @Override
            public List<ProcedureParameter> inputs() {
                return List.of(ProcedureParameter.input("Text", true, "what to answer"),
                        ProcedureParameter.input("Times", false, "how many rows (default 1)"));
            }

            @Override
            public List<ProcedureParameter> results() {
                return List.of(ProcedureParameter.result("N", "BIGINT", "row number"),
                        ProcedureParameter.result("Text", "VARCHAR", "the text"),
                        ProcedureParameter.result("User", "VARCHAR", "the connection's User"));
            }

            @Override
            public List<Object[]> call(ProcedureContext ctx, Map<String, String> args) {
                int times = Integer.parseInt(args.getOrDefault("Times", "1"));
                List<Object[]> rows = new ArrayList<>();
                for (int i = 1; i <= times; i++) {
                    rows.add(new Object[] {(long) i, args.get("Text"), ctx.cfg().get(io.quire.config.ConnectionProperties.USER)});
                }
                return rows;
            }
        });
    }
}

package io.quire.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quire.error.QuireException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureCallTest {

    @Test
    void odbcEscapeWithPositionalLiteralsAndMarkers() {
        ProcedureCall c = ProcedureCall.parse(" {call Echo('it''s', ?, 3, NULL)} ");
        assertEquals("Echo", c.name());
        assertEquals(List.of(new ProcedureCall.Arg(null, "it's", -1), new ProcedureCall.Arg(null, null, 0),
                new ProcedureCall.Arg(null, "3", -1), new ProcedureCall.Arg(null, null, -1)), c.args());
        assertEquals(1, c.markerCount());
    }

    @Test
    void callExecAndNamedArguments() {
        assertEquals("Echo", ProcedureCall.parse("CALL Echo()").name());
        assertEquals("Echo", ProcedureCall.parse("{call Echo}").name());
        ProcedureCall e = ProcedureCall.parse("EXEC Echo @Text = 'a', @Times = ?;");
        assertEquals(List.of(new ProcedureCall.Arg("Text", "a", -1), new ProcedureCall.Arg("Times", null, 0)), e.args());
        ProcedureCall x = ProcedureCall.parse("execute [Echo] Text='b'");
        assertEquals(List.of(new ProcedureCall.Arg("Text", "b", -1)), x.args());
        ProcedureCall q = ProcedureCall.parse("CALL CData.Confluence.Echo(Text => 'c')");
        assertEquals("Echo", q.name());
        assertEquals("Text", q.args().get(0).name());
    }

    @Test
    void otherSqlIsNotACall() {
        assertNull(ProcedureCall.parse("SELECT 1"));
        assertNull(ProcedureCall.parse("Callers"));
        assertNull(ProcedureCall.parse("SELECT * FROM {oj Spaces}"));
    }

    @Test
    void malformedCallsSay42000() {
        for (String bad : new String[] {"CALL", "CALL Echo('x'", "CALL Echo('x') trailing", "{?= call Echo}",
                "EXEC Echo @Text", "CALL Echo(@)"}) {
            QuireException e = assertThrows(QuireException.class, () -> ProcedureCall.parse(bad), bad);
            assertEquals("42000", e.state().code(), bad);
        }
    }
}

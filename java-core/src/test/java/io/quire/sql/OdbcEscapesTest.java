package io.quire.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quire.error.QuireException;
import org.junit.jupiter.api.Test;

class OdbcEscapesTest {

    @Test
    void outerJoinEscapeIsUnwrapped() {
        assertEquals("SELECT * FROM  a LEFT OUTER JOIN b ON a.x = b.x",
                OdbcEscapes.rewrite("SELECT * FROM {oj a LEFT OUTER JOIN b ON a.x = b.x}"));
    }

    @Test
    void nestedOuterJoinsAndFunctionsInside() {
        assertEquals("SELECT {fn UCASE(a.t)} FROM   a LEFT OUTER JOIN b ON 1=1 LEFT OUTER JOIN c ON 1=1",
                OdbcEscapes.rewrite("SELECT {fn UCASE(a.t)} FROM {oj {oj a LEFT OUTER JOIN b ON 1=1} LEFT OUTER JOIN c ON 1=1}"));
    }

    @Test
    void likeEscapeBecomesTheEscapeClause() {
        assertEquals("SELECT 1 FROM t WHERE k LIKE 'E\\_%' ESCAPE '\\'",
                OdbcEscapes.rewrite("SELECT 1 FROM t WHERE k LIKE 'E\\_%' {escape '\\'}"));
    }

    @Test
    void bracesInLiteralsIdentifiersAndCommentsAreKept() {
        String sql = "SELECT '{oj}', \"we{ird}\" FROM t -- {oj\n/* {escape */ WHERE x = '}'''";
        assertEquals(sql, OdbcEscapes.rewrite(sql));
    }

    @Test
    void dateTimeAndFunctionEscapesPassThroughForTheParser() {
        String sql = "SELECT {d '2024-01-02'}, {ts '2024-01-02 03:04:05'}, {fn NOW()} FROM t";
        assertEquals(sql, OdbcEscapes.rewrite(sql));
    }

    @Test
    void sql92FunctionsTheParserKnowsOnlyPlainLoseTheirEscape() {
        assertEquals("SELECT CHAR_LENGTH(t), POSITION('a' IN t), EXTRACT(YEAR FROM d), CURRENT_DATE, "
                        + "CURRENT_TIMESTAMP(3), {fn UCASE(t)} FROM x",
                OdbcEscapes.rewrite("SELECT {fn CHAR_LENGTH(t)}, {fn POSITION('a' IN t)}, {fn EXTRACT(YEAR FROM d)}, "
                        + "{fn CURRENT_DATE()}, {fn CURRENT_TIMESTAMP(3)}, {fn UCASE(t)} FROM x"));
    }

    @Test
    void unbalancedBracesAndProceduresAreClearErrors() {
        assertThrows(QuireException.class, () -> OdbcEscapes.rewrite("SELECT {oj a"));
        assertThrows(QuireException.class, () -> OdbcEscapes.rewrite("SELECT a }"));
        QuireException call = assertThrows(QuireException.class, () -> OdbcEscapes.rewrite("{call Search('x')}"));
        assertEquals("42000", call.state().code());
    }
}

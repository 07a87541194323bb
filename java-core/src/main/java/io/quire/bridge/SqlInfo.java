package io.quire.bridge;

import java.util.ArrayList;
import java.util.List;

/**
 * sys_sqlinfo: what the SQL dialect supports, as NAME/VALUE pairs a tool can read before it
 * writes a query (the same facts SQLGetInfo reports to ODBC applications).
 */
final class SqlInfo {
    private static final String[][] INFO = {
        {"DIALECT", "SQL-92 with Apache Calcite extensions"},
        {"IDENTIFIER_QUOTE_OPEN_CHAR", "\""},
        {"IDENTIFIER_QUOTE_CLOSE_CHAR", "\""},
        {"SUPPORTS_CATALOGS", "NO"},
        {"SUPPORTS_SCHEMAS", "YES"},
        {"DEFAULT_SCHEMA", "Confluence"},
        {"SUPPORTED_OPERATORS", "=,<>,<,<=,>,>=,IN,NOT IN,LIKE,NOT LIKE,BETWEEN,IS NULL,IS NOT NULL,AND,OR,NOT"},
        {"AGGREGATE_FUNCTIONS", "COUNT,SUM,AVG,MIN,MAX,STDDEV_POP,STDDEV_SAMP,VAR_POP,VAR_SAMP"},
        {"STRING_FUNCTIONS", "CHAR_LENGTH,CHARACTER_LENGTH,CONCAT,LOWER,UPPER,TRIM,SUBSTRING,POSITION,OVERLAY,INITCAP"},
        {"NUMERIC_FUNCTIONS", "ABS,CEILING,FLOOR,MOD,POWER,ROUND,SQRT,EXP,LN,LOG10,SIGN,TRUNCATE"},
        {"DATETIME_FUNCTIONS", "CURRENT_DATE,CURRENT_TIMESTAMP,EXTRACT,FLOOR,CEIL,TIMESTAMPADD,TIMESTAMPDIFF"},
        {"SUPPORTS_JOINS", "YES"},
        {"SUPPORTED_JOIN_TYPES", "INNER,LEFT OUTER,RIGHT OUTER,FULL OUTER,CROSS"},
        {"SUPPORTS_SUBQUERIES", "YES"},
        {"SUPPORTS_UNION", "YES"},
        {"SUPPORTS_ORDER_BY", "YES"},
        {"SUPPORTS_GROUP_BY", "YES"},
        {"SUPPORTS_LIMIT", "LIMIT n OFFSET m, OFFSET m ROWS FETCH FIRST n ROWS ONLY"},
        {"SUPPORTS_ODBC_ESCAPES", "{fn},{d},{t},{ts},{oj},{escape}"},
        {"PSEUDO_COLUMNS", "CQL (Pages, Blogposts, Comments, Attachments, PageContents)"},
        {"SUPPORTS_INSERT", "NO"},
        {"SUPPORTS_UPDATE", "NO"},
        {"SUPPORTS_DELETE", "NO"},
        {"SUPPORTS_TRANSACTIONS", "NO"},
        {"SUPPORTS_STORED_PROCEDURES", "YES"},
    };

    private SqlInfo() {
    }

    static List<Object[]> rows() {
        List<Object[]> out = new ArrayList<>();
        for (String[] kv : INFO) {
            out.add(new Object[] {kv[0], kv[1]});
        }
        return out;
    }
}

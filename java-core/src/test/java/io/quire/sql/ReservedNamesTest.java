package io.quire.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReservedNamesTest {
    private final ReservedNames names = new ReservedNames(List.of("Pages", "Groups", "GroupMembers"),
            List.of("Id", "Value", "Ordinal", "Name"));

    @Test
    void reservedTableNamesAreQuotedWhereTheyNameATable() {
        assertEquals("SELECT * FROM \"Groups\"", names.quote("SELECT * FROM Groups"));
        assertEquals("SELECT g.Name FROM Confluence.\"Groups\" g JOIN \"Groups\" h ON 1=1",
                names.quote("SELECT g.Name FROM Confluence.groups g JOIN GROUPS h ON 1=1"));
    }

    @Test
    void otherUsesAndOtherNamesAreLeftAlone() {
        assertEquals("SELECT * FROM Pages", names.quote("SELECT * FROM Pages"));
        assertEquals("SELECT 'FROM Groups' FROM GroupMembers -- FROM Groups",
                names.quote("SELECT 'FROM Groups' FROM GroupMembers -- FROM Groups"));
        assertEquals("SELECT \"Groups\".x FROM \"Groups\"", names.quote("SELECT \"Groups\".x FROM \"Groups\""));
        assertEquals("SUM(x) OVER (ORDER BY y GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW)",
                names.quote("SUM(x) OVER (ORDER BY y GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW)"));
    }

    @Test
    void reservedColumnNamesAreQuotedExceptAsFunctionsOrSequenceValues() {
        assertEquals("SELECT Name, \"Value\" FROM sys_sqlinfo WHERE \"Value\" = 'Y' ORDER BY t.\"Ordinal\"",
                names.quote("SELECT Name, value FROM sys_sqlinfo WHERE VALUE = 'Y' ORDER BY t.Ordinal"));
        assertEquals("SELECT NEXT VALUE FOR s, VALUE (x) FROM Pages", names.quote("SELECT NEXT VALUE FOR s, VALUE (x) FROM Pages"));
        assertEquals("SELECT \"value\" FROM Pages", names.quote("SELECT \"value\" FROM Pages"));
    }
}

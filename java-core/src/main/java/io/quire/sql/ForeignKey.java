package io.quire.sql;

/** A column that refers to the primary key of another table of the same schema. */
public record ForeignKey(String column, String refTable, String refColumn) {
}

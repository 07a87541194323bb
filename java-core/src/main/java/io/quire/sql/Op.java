package io.quire.sql;

/** Comparisons a source may evaluate on the site. LIKE patterns use SQL's % and _. */
public enum Op {
    EQ, NE, LT, LE, GT, GE, IN, NOT_IN, LIKE, NOT_LIKE;

    /** The operator with its operands swapped ({@code 5 < x} is {@code x > 5}). */
    Op flipped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            default -> this;
        };
    }
}

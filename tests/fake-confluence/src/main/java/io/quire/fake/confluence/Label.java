package io.quire.fake.confluence;

/** A label; {@code id} is stable for a name, {@code prefix} is {@code global} for every generated label. */
public record Label(long id, String prefix, String name) {

    /** The label as Confluence identifies it from a name: same name, same id, on every site. */
    public static Label global(String name) {
        return new Label(100_000_000L + Math.floorMod(name.hashCode(), 900_000_000), "global", name);
    }
}

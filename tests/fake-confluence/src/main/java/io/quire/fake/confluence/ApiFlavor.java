package io.quire.fake.confluence;

/** Which API family a request targets; decides links, caps, paging style and error bodies. */
public enum ApiFlavor {
    /** Cloud REST v1 under {@code /wiki/rest/api}. */
    CLOUD_V1,
    /** Data Center REST under {@code /rest/api}. */
    DC,
    /** Cloud REST v2 under {@code /wiki/api/v2}. */
    CLOUD_V2;

    public boolean cloud() {
        return this != DC;
    }
}

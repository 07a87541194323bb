package io.quire.rest;

import java.util.Locale;
import okhttp3.HttpUrl;

/** Which flavour of Atlassian site a Url points at; they differ in API paths and auth. */
public enum Deployment {
    CLOUD,
    DATA_CENTER;

    /**
     * Cloud when the host ends in .atlassian.net or the path has a /wiki segment (Cloud's
     * Confluence context), unless the DeploymentType property says otherwise.
     */
    public static Deployment detect(HttpUrl url, String override) {
        if (override != null && !override.equalsIgnoreCase("Auto")) {
            return override.equalsIgnoreCase("Cloud") ? CLOUD : DATA_CENTER;
        }
        String host = url.host().toLowerCase(Locale.ROOT);
        if (host.endsWith(".atlassian.net") || url.pathSegments().contains("wiki")) {
            return CLOUD;
        }
        return DATA_CENTER;
    }
}

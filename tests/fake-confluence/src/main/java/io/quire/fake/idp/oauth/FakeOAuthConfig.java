package io.quire.fake.idp.oauth;

import java.util.Map;

/**
 * Who the fake OAuth server knows: its registered apps (client id to secret, each allowed every
 * grant), the cloud id of the fake site and of one more site the tokens can reach, and how long
 * an access token lives. The user who signs in (and consents at once) is the fake site's own.
 */
public record FakeOAuthConfig(Map<String, String> clients, String cloudId, String otherCloudId,
                              long accessTokenSeconds) {

    public static final String CLIENT_ID = "quire-oauth-client";
    public static final String CLIENT_SECRET = "quire-oauth-secret";
    public static final String SERVICE_CLIENT_ID = "quire-service-client";
    public static final String SERVICE_CLIENT_SECRET = "quire-service-secret";
    public static final String CLOUD_ID = "3f1c2b9a-5d4e-4f60-9a7b-c0ffee000001";
    public static final String OTHER_CLOUD_ID = "8e2d4c6b-1a3f-4b5c-9d7e-c0ffee000002";

    public static FakeOAuthConfig defaults() {
        return new FakeOAuthConfig(Map.of(CLIENT_ID, CLIENT_SECRET, SERVICE_CLIENT_ID, SERVICE_CLIENT_SECRET),
                CLOUD_ID, OTHER_CLOUD_ID, 3600);
    }
}

package io.quire.bridge;

import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.config.ConnectionProperty;
import io.quire.rest.Deployment;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * What SQLBrowseConnect still needs before it can connect, in the ODBC browse-result syntax
 * ({@code KEY:Prompt=?}, {@code KEY:Prompt={a,b}}, {@code *} for optional keys): first the
 * site, then the credentials its AuthScheme requires.
 */
final class BrowseConnect {
    private BrowseConnect() {
    }

    /** The browse result for what is missing, or null when cfg has everything to connect. */
    static String missing(ConnectionConfig cfg) {
        List<String> out = new ArrayList<>();
        if (!cfg.isSet(ConnectionProperties.URL)) {
            out.add("Url:Site URL=?");
            out.add("*" + choice(ConnectionProperties.AUTH_SCHEME, "Authentication"));
            return String.join(";", out);
        }
        HttpUrl url = HttpUrl.parse(cfg.get(ConnectionProperties.URL).trim());
        Deployment deployment = url == null ? Deployment.DATA_CENTER
                : Deployment.detect(url, cfg.get(ConnectionProperties.DEPLOYMENT));
        switch (cfg.get(ConnectionProperties.AUTH_SCHEME)) {
            case "PAT" -> need(cfg, out, ConnectionProperties.PAT, "Personal access token");
            case "OAuth" -> {
                if ("OFF".equals(cfg.get(ConnectionProperties.INITIATE_OAUTH))) {
                    need(cfg, out, ConnectionProperties.OAUTH_ACCESS_TOKEN, "Access token");
                } else {
                    need(cfg, out, ConnectionProperties.OAUTH_CLIENT_ID, "OAuth client id");
                    need(cfg, out, ConnectionProperties.OAUTH_CLIENT_SECRET, "OAuth client secret");
                }
            }
            case "OAuthClient" -> {
                need(cfg, out, ConnectionProperties.OAUTH_CLIENT_ID, "OAuth client id");
                need(cfg, out, ConnectionProperties.OAUTH_CLIENT_SECRET, "OAuth client secret");
            }
            case "Crowd", "Okta" -> {
                need(cfg, out, ConnectionProperties.USER, "User name");
                need(cfg, out, ConnectionProperties.PASSWORD, "Password");
                need(cfg, out, ConnectionProperties.SSO_LOGIN_URL, "Identity provider sign-on URL");
                need(cfg, out, ConnectionProperties.SSO_EXCHANGE_URL, "Site SAML consumer URL");
                if (cfg.get(ConnectionProperties.AUTH_SCHEME).equals("Crowd")) {
                    need(cfg, out, ConnectionProperties.SSO_APP_NAME, "Crowd application name");
                    need(cfg, out, ConnectionProperties.SSO_APP_PASSWORD, "Crowd application password");
                }
            }
            case "LDAP" -> {
                need(cfg, out, ConnectionProperties.USER, "User name");
                need(cfg, out, ConnectionProperties.PASSWORD, "Password");
            }
            default -> {
                need(cfg, out, ConnectionProperties.USER, deployment == Deployment.CLOUD ? "Account e-mail" : "User name");
                if (!cfg.isSet(ConnectionProperties.API_TOKEN) && !cfg.isSet(ConnectionProperties.PASSWORD)) {
                    out.add(deployment == Deployment.CLOUD ? "APIToken:API token=?" : "Password:Password=?");
                }
            }
        }
        return out.isEmpty() ? null : String.join(";", out);
    }

    private static void need(ConnectionConfig cfg, List<String> out, ConnectionProperty p, String prompt) {
        if (!cfg.isSet(p)) {
            out.add(p.name() + ":" + prompt + "=?");
        }
    }

    private static String choice(ConnectionProperty p, String prompt) {
        return p.name() + ":" + prompt + "={" + String.join(",", p.allowedValues()) + "}";
    }
}

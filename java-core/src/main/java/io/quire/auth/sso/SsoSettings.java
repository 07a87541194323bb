package io.quire.auth.sso;

import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.config.ConnectionProperty;
import io.quire.config.ConnectionStringException;
import io.quire.config.ConnectionStringParser;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * What a SAML sign-on needs, read once per connection: each property from the connection (DSN
 * or connection string), else from the name=value pairs nested in SSOProperties, else its
 * default. The secret ones are never shown (see {@link #secrets()}).
 */
record SsoSettings(String scheme, String user, String password, String apiToken, HttpUrl loginUrl,
                   HttpUrl exchangeUrl, String appName, String appPassword, String mfaType, String mfaPassCode,
                   boolean rememberDevice, Duration timeout) {

    /** The properties SSOProperties may carry. */
    private static final List<ConnectionProperty> NESTABLE = List.of(ConnectionProperties.API_TOKEN,
            ConnectionProperties.MFA_TYPE, ConnectionProperties.MFA_PASS_CODE, ConnectionProperties.MFA_REMEMBER_DEVICE,
            ConnectionProperties.SSO_APP_NAME, ConnectionProperties.SSO_APP_PASSWORD, ConnectionProperties.SSO_LOGIN_URL,
            ConnectionProperties.SSO_EXCHANGE_URL, ConnectionProperties.USER, ConnectionProperties.PASSWORD);

    static SsoSettings from(ConnectionConfig cfg) {
        String scheme = cfg.get(ConnectionProperties.AUTH_SCHEME);
        Map<ConnectionProperty, String> nested = nested(cfg.get(ConnectionProperties.SSO_PROPERTIES));
        String context = "AuthScheme=" + scheme;
        String user = required(ConnectionProperties.USER, cfg, nested, context);
        String password = required(ConnectionProperties.PASSWORD, cfg, nested, context);
        HttpUrl login = url(ConnectionProperties.SSO_LOGIN_URL, required(ConnectionProperties.SSO_LOGIN_URL, cfg, nested,
                context));
        HttpUrl exchange = url(ConnectionProperties.SSO_EXCHANGE_URL,
                required(ConnectionProperties.SSO_EXCHANGE_URL, cfg, nested, context));
        String appName = value(ConnectionProperties.SSO_APP_NAME, cfg, nested);
        String appPassword = value(ConnectionProperties.SSO_APP_PASSWORD, cfg, nested);
        if (scheme.equals("Crowd")) {
            appName = required(ConnectionProperties.SSO_APP_NAME, cfg, nested, context);
            appPassword = required(ConnectionProperties.SSO_APP_PASSWORD, cfg, nested, context);
        }
        String mfaType = ConnectionProperties.MFA_TYPE.canonicalValue(value(ConnectionProperties.MFA_TYPE, cfg, nested));
        if (mfaType == null) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "MFAType must be one of "
                    + String.join(", ", ConnectionProperties.MFA_TYPE.allowedValues()) + ".");
        }
        String remember = value(ConnectionProperties.MFA_REMEMBER_DEVICE, cfg, nested).trim().toLowerCase(Locale.ROOT);
        if (!List.of("true", "false", "yes", "no", "on", "off", "1", "0").contains(remember)) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "MFARememberDevice must be true or false.");
        }
        int timeout = cfg.getInt(ConnectionProperties.TIMEOUT);
        return new SsoSettings(scheme, user, password, value(ConnectionProperties.API_TOKEN, cfg, nested), login,
                exchange, appName, appPassword, mfaType, value(ConnectionProperties.MFA_PASS_CODE, cfg, nested),
                List.of("true", "yes", "on", "1").contains(remember),
                timeout > 0 ? Duration.ofSeconds(timeout) : Duration.ZERO);
    }

    /** Every secret value, nested ones included, for the log's redactor. */
    List<String> secrets() {
        return java.util.stream.Stream.of(password, apiToken, appPassword, mfaPassCode)
                .filter(s -> s != null && !s.isEmpty()).toList();
    }

    /** The user's MFAPassCode, or null when none was given. */
    String passCode() {
        return mfaPassCode == null || mfaPassCode.isBlank() ? null : mfaPassCode.trim();
    }

    private static Map<ConnectionProperty, String> nested(String text) {
        Map<ConnectionProperty, String> out = new HashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        List<ConnectionStringParser.Entry> entries;
        try {
            entries = ConnectionStringParser.parse(text);
        } catch (ConnectionStringException e) {
            // the parser's message may quote the text, and SSOProperties can hold secrets
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "SSOProperties is not a list of name=value pairs "
                    + "separated by ';'.");
        }
        for (ConnectionStringParser.Entry e : entries) {
            ConnectionProperty p = ConnectionProperties.lookup(e.key());
            if (p == null || !NESTABLE.contains(p)) {
                throw new QuireException(SqlState.UNABLE_TO_CONNECT, "SSOProperties: '" + e.key().trim()
                        + "' is not a single sign-on setting (allowed: "
                        + String.join(", ", NESTABLE.stream().map(ConnectionProperty::name).toList()) + ").");
            }
            out.putIfAbsent(p, e.value());
        }
        return out;
    }

    /** The connection's own value, else the nested one, else the default (may be null). */
    private static String value(ConnectionProperty p, ConnectionConfig cfg, Map<ConnectionProperty, String> nested) {
        if (cfg.isSet(p)) {
            return cfg.get(p);
        }
        String v = nested.get(p);
        return v == null || v.isEmpty() ? p.defaultValue() : v;
    }

    private static String required(ConnectionProperty p, ConnectionConfig cfg, Map<ConnectionProperty, String> nested,
                                   String context) {
        String v = value(p, cfg, nested);
        if (v == null || v.isBlank()) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, context + " needs " + p.name() + ".");
        }
        return v;
    }

    private static HttpUrl url(ConnectionProperty p, String value) {
        HttpUrl u = HttpUrl.parse(value.trim());
        if (u == null) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, p.name() + " '" + value.trim()
                    + "' is not an http or https address.");
        }
        return u;
    }

    @Override
    public String toString() {
        return "SsoSettings[" + scheme + ", user=" + user + ", login=" + loginUrl.newBuilder().query(null).build()
                + ", exchange=" + exchangeUrl + ", mfaType=" + mfaType + ", secrets hidden]";
    }
}

package io.quire.auth.sso;

import io.quire.auth.AuthContext;

/** One identity provider's part of a SAML sign-on: authenticate the user, get the SAMLResponse form. */
interface IdpSignOn {
    /** Signs the user in at the identity provider and returns the form it answers SSOLoginURL with. */
    SamlForm signOn(AuthContext ctx, SignOnHttp http);

    /** The provider's name for messages ("Okta", "Crowd"). */
    String name();
}

package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quire.config.ConnectionConfig;
import org.junit.jupiter.api.Test;

class BrowseConnectTest {
    private static String missing(String cs) throws Exception {
        return BrowseConnect.missing(ConnectionConfig.from(cs, null));
    }

    @Test
    void asksForTheSiteFirst() throws Exception {
        assertEquals("Url:Site URL=?;*AuthScheme:Authentication={Basic,APIToken,LDAP,PAT,OAuth,OAuthClient,Crowd,Okta}", missing("DRIVER={Quire}"));
    }

    @Test
    void thenForTheCredentialsOfTheDeploymentAndScheme() throws Exception {
        assertEquals("User:User name=?;Password:Password=?", missing("Url=https://wiki.example.com"));
        assertEquals("User:Account e-mail=?;APIToken:API token=?", missing("Url=https://x.atlassian.net"));
        assertEquals("APIToken:API token=?", missing("Url=https://x.atlassian.net;User=a@b.c"));
        assertEquals("PAT:Personal access token=?", missing("Url=https://wiki.example.com;AuthScheme=PAT"));
    }

    @Test
    void nothingWhenComplete() throws Exception {
        assertNull(missing("Url=https://wiki.example.com;User=u;Password=p"));
        assertNull(missing("Url=https://wiki.example.com;AuthScheme=PAT;PAT=t"));
    }
}

package io.quire.auth.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quire.fake.idp.sso.SamlIdp;
import org.junit.jupiter.api.Test;

class SamlFormTest {

    @Test
    void readsTheFakeIdpsFormWithNumericEntities() {
        String html = SamlIdp.autoSubmitForm("http://site.example/plugins/servlet/samlconsumer?a=1&b=2", "PD94+bWw=", "/x?y=1");
        SamlForm f = SamlForm.parse(html);
        assertEquals("http://site.example/plugins/servlet/samlconsumer?a=1&b=2", f.action());
        assertEquals("PD94+bWw=", f.samlResponse());
        assertEquals("/x?y=1", f.relayState());
    }

    @Test
    void attributesInAnyOrderQuotesAndCase() {
        String html = "<HTML><BODY><FORM METHOD=post ACTION='https://x/acs'>"
                + "<INPUT VALUE=\"QUJD&#43;RA&#x3D;&#x3d;\" TYPE=hidden NAME=SAMLResponse>"
                + "<input name=RelayState value=token&amp;more></FORM></BODY></HTML>";
        SamlForm f = SamlForm.parse(html);
        assertEquals("https://x/acs", f.action());
        assertEquals("QUJD+RA==", f.samlResponse());
        assertEquals("token&more", f.relayState());
    }

    @Test
    void skipsCommentsScriptsAndFormsWithoutTheResponse() {
        String html = "<!-- <form action='/evil'><input name='SAMLResponse' value='bad'></form> -->"
                + "<script>var s = '<input name=\"SAMLResponse\" value=\"script\">';</script>"
                + "<form action='/search'><input name='q' value='x'></form>"
                + "<form action='/acs'>\n<input type=\"hidden\" name=\"SAMLResponse\"\n value=\"AAAA\nBBBB\"/></form>"
                + "<form action='/other'><input name='SAMLResponse' value='later'></form>";
        SamlForm f = SamlForm.parse(html);
        assertEquals("/acs", f.action());
        assertEquals("AAAABBBB", f.samlResponse());
        assertNull(f.relayState());
    }

    @Test
    void valuesWithAngleBracketsInQuotes() {
        SamlForm f = SamlForm.parse("<form action=\"/acs\" data-x=\"a>b\"><input data-y='<>' name='SAMLResponse' value='Zm9v'></form>");
        assertEquals("/acs", f.action());
        assertEquals("Zm9v", f.samlResponse());
    }

    @Test
    void noResponseIsNull() {
        assertNull(SamlForm.parse("<html><body><h1>Sign In</h1><form><input name='username'></form></body></html>"));
        assertNull(SamlForm.parse("<form><input name='SAMLResponse' value=''></form>"));
        assertNull(SamlForm.parse(null));
    }

    @Test
    void entityDecoding() {
        assertEquals("a+b=c<>&\"'/", SamlForm.decodeEntities("a&#x2b;b&#61;c&lt;&gt;&amp;&quot;&#39;&sol;"));
        assertEquals("&unknown; &#xZZ;", SamlForm.decodeEntities("&unknown; &#xZZ;"));
        assertEquals("\uD83D\uDE00", SamlForm.decodeEntities("&#x1F600;"));
    }

    @Test
    void toStringHidesTheResponse() {
        SamlForm f = new SamlForm("/acs", "c2VjcmV0", "relay-secret");
        assertEquals(false, f.toString().contains("c2VjcmV0"));
        assertEquals(false, f.toString().contains("relay-secret"));
    }
}

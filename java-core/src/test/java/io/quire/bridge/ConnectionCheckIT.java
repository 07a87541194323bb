package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.auth.SignOnSteps;
import io.quire.tools.ConnectionCheck;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step-by-step connection test names the step that failed, in plain words, without secrets. */
class ConnectionCheckIT {
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static SignOnSteps.Step last(List<SignOnSteps.Step> steps) {
        return steps.get(steps.size() - 1);
    }

    @Test
    void everyStepPassesWithGoodSettings() {
        List<SignOnSteps.Step> steps = ConnectionCheck.run("Url=" + site.dcUrl() + ";User=demo;Password=demo-password", null);
        assertEquals(List.of("Settings", "DNS", "TCP connect", "Site answers", "Site sign-in (Basic)", "Site permission"),
                steps.stream().map(SignOnSteps.Step::name).toList());
        assertTrue(steps.stream().allMatch(SignOnSteps.Step::ok), steps.toString());
    }

    @Test
    void eachFailureNamesItsStep(@TempDir Path dir) throws Exception {
        assertEquals("Settings", last(ConnectionCheck.run("Url=" + site.dcUrl() + ";Colour=blue", null)).name());
        SignOnSteps.Step dns = last(ConnectionCheck.run("Url=https://no-such-host.invalid;User=u;Password=p", null));
        assertEquals("DNS", dns.name());
        assertFalse(dns.ok());
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertEquals("TCP connect", last(ConnectionCheck.run("Url=http://127.0.0.1:" + closed + ";User=u;Password=p", null)).name());
        TestCertificate cert = TestCertificate.create(dir);
        try (ForwardingServer tls = ForwardingServer.tls(cert.serverContext, site.dcUrl())) {
            SignOnSteps.Step t = last(ConnectionCheck.run("Url=https://127.0.0.1:" + tls.port() + ";User=demo;Password=p", null));
            assertEquals("TLS", t.name());
            assertTrue(t.detail().contains("SSLServerCert"), t.detail());
        }
        SignOnSteps.Step wrong = last(ConnectionCheck.run("Url=" + site.dcUrl() + ";User=demo;Password=Wr0ngSecret!", null));
        assertEquals("Site sign-in (Basic)", wrong.name());
        assertFalse(wrong.ok());
        assertFalse(wrong.detail().contains("Wr0ngSecret!"), wrong.detail());
        SignOnSteps.Step missing = last(ConnectionCheck.run("Url=" + site.dcUrl() + ";AuthScheme=PAT", null));
        assertEquals("Site sign-in (PAT)", missing.name());
        assertTrue(missing.detail().contains("needs PAT"), missing.detail());
    }
}

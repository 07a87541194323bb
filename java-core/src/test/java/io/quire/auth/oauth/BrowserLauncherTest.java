package io.quire.auth.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrowserLauncherTest {
    private static final String URL = "https://auth.example/authorize?a=1&b=2";

    @Test
    void commandPerSystemOrOverride() {
        assertEquals(List.of("xdg-open", URL), BrowserLauncher.command(URL, null, Map.of(), "Linux"));
        assertEquals(List.of("open", URL), BrowserLauncher.command(URL, null, Map.of(), "Mac OS X"));
        assertEquals(List.of("rundll32", "url.dll,FileProtocolHandler", URL),
                BrowserLauncher.command(URL, null, Map.of(), "Windows 11"));
        assertEquals(List.of("firefox", "--new-window", URL),
                BrowserLauncher.command(URL, null, Map.of("BROWSER", "firefox --new-window"), "Linux"));
        assertEquals(List.of("/opt/my browser/run", "-u", URL),
                BrowserLauncher.command(URL, "'/opt/my browser/run' -u %s", Map.of("BROWSER", "firefox"), "Linux"));
    }
}

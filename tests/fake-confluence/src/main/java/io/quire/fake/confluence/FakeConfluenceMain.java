package io.quire.fake.confluence;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point: {@code java -jar fake-confluence.jar [--port N] [--seed S] [--spaces N] [--pages N] [--user U]
 * [--password P] [--email E] [--api-token T] [--pat T] [--latency-ms N] [--blogposts N] [--comments N]
 * [--attachments N] [--tasks N] [--audit-records N] [--groups N]}. Sizes not given follow from {@code --pages}
 * (see {@link Config}). Prints one line with the URL, then serves until the process is terminated.
 */
public final class FakeConfluenceMain {

    private FakeConfluenceMain() {
    }

    public static void main(String[] args) throws Exception {
        Config cfg;
        try {
            cfg = Config.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("fake-confluence: " + e.getMessage());
            System.err.println("usage: java -jar fake-confluence.jar [--port N] [--seed S] [--spaces N] [--pages N]"
                    + " [--user U] [--password P] [--email E] [--api-token T] [--pat T] [--latency-ms N]"
                    + " [--blogposts N] [--comments N] [--attachments N] [--tasks N] [--audit-records N] [--groups N]");
            System.exit(2);
            return;
        }
        SiteData data = DataGenerator.generate(cfg);
        FakeConfluenceServer server = FakeConfluenceServer.start(cfg, data);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("Fake Confluence listening on " + server.url());
        out.flush();
        stopped.await();
    }
}

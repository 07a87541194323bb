package io.quire.tools;

import io.quire.auth.SignOnSteps;
import io.quire.config.OdbcIni;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code test-connection "<connection string>"}: checks a connection step by step and prints
 * the report; exit status 0 when every step passed, 1 when one failed, 2 on bad usage. A
 * {@code DSN=} in the string reads that data source's settings from odbc.ini (the user's, then
 * the system's) under the explicit keys.
 */
public final class TestConnectionMain {
    private TestConnectionMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length != 1) {
            System.err.println("usage: test-connection \"Url=...;AuthScheme=...;...\"   or   \"DSN=name[;Key=value...]\"");
            System.exit(2);
            return;
        }
        String dsnLines = OdbcIni.dsnLines(OdbcIni.dsnName(args[0]));
        List<SignOnSteps.Step> steps = ConnectionCheck.run(args[0], dsnLines);
        out.print(ConnectionCheck.report(steps));
        System.exit(ConnectionCheck.passed(steps) ? 0 : 1);
    }
}

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The limit for the fetch benchmark: the same REST listing the driver reads for
 * {@code SELECT Id, Title, SpaceKey, CreatedDate, VersionNumber FROM Pages}, read with the same HTTP
 * client (OkHttp) and JSON library (Jackson, one tree per item from a streaming parser, as the
 * driver's ResultPager does), and the five values taken out of each item. No SQL, no ODBC. Like the
 * driver on a listing, it asks for the next page as soon as its link is known and takes the values
 * out of the current page meanwhile.
 *
 * <pre>
 *   RestLimit scan URL USER PASSWORD PATH_AND_QUERY [TSV_OUT]   -> {"rows":..,"ms":..,"requests":..}
 *   RestLimit get  URL USER PASSWORD N PATH...                   -> {"ms_per_request":..}
 * </pre>
 * With TSV_OUT the rows are also written there (the data the PostgreSQL peer loads).
 */
public final class RestLimit {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();
    private static final ExecutorService AHEAD = Executors.newVirtualThreadPerTaskExecutor();

    record Page(List<JsonNode> items, String next) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[1].replaceAll("/+$", "");
        String auth = Credentials.basic(args[2], args[3]);
        OkHttpClient client = new OkHttpClient.Builder().build();
        switch (args[0]) {
            case "scan" -> scan(client, auth, base, args[4], args.length > 5 ? Path.of(args[5]) : null);
            case "get" -> get(client, auth, base, Integer.parseInt(args[4]), List.of(args).subList(5, args.length));
            default -> throw new IllegalArgumentException(args[0]);
        }
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        System.exit(0);
    }

    private static void scan(OkHttpClient client, String auth, String base, String first, Path tsv) throws Exception {
        long t0 = System.nanoTime();
        long rows = 0;
        int requests = 1;
        long checksum = 0;
        BufferedWriter out = tsv == null ? null : Files.newBufferedWriter(tsv, StandardCharsets.UTF_8);
        Page page = read(client, auth, HttpUrl.get(base + first));
        while (true) {
            Page current = page;
            CompletableFuture<Page> ahead = null;
            if (current.next() != null) {
                HttpUrl nextUrl = HttpUrl.get(base + current.next());
                ahead = CompletableFuture.supplyAsync(() -> read(client, auth, nextUrl), AHEAD);
                requests++;
            }
            for (JsonNode item : current.items()) {
                String id = item.path("id").asText();
                String title = item.path("title").asText();
                String space = item.path("space").path("key").asText();
                long created = OffsetDateTime.parse(item.path("history").path("createdDate").asText())
                        .atZoneSameInstant(ZoneOffset.UTC).toInstant().toEpochMilli();
                int version = item.path("version").path("number").asInt();
                checksum += id.length() + title.length() + space.length() + created + version;
                rows++;
                if (out != null) {
                    out.write(id + "\t" + tsvText(title) + "\t" + space + "\t"
                            + OffsetDateTime.parse(item.path("history").path("createdDate").asText())
                            .atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime() + "\t" + version + "\n");
                }
            }
            if (ahead == null) {
                break;
            }
            page = ahead.join();
        }
        if (out != null) {
            out.close();
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf("{\"rows\": %d, \"ms\": %.1f, \"requests\": %d, \"rows_per_s\": %.0f, \"checksum\": %d}%n",
                rows, ms, requests, rows / (ms / 1e3), checksum);
    }

    private static String tsvText(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** One listing page: each item of {@code results} as a tree, and {@code _links.next}. */
    private static Page read(OkHttpClient client, String auth, HttpUrl url) {
        Request req = new Request.Builder().url(url).header("Accept", "application/json")
                .header("Authorization", auth).get().build();
        try (Response resp = client.newCall(req).execute()) {
            if (!resp.isSuccessful()) {
                throw new IllegalStateException("HTTP " + resp.code() + " for " + url);
            }
            try (InputStream in = resp.body().byteStream(); JsonParser p = JSON.createParser(in)) {
                List<JsonNode> items = new ArrayList<>();
                String next = null;
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    if ("results".equals(field) && t == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            items.add(p.readValueAsTree());
                        }
                    } else if ("_links".equals(field) && t == JsonToken.START_OBJECT) {
                        JsonNode links = p.readValueAsTree();
                        next = links.hasNonNull("next") ? links.get("next").asText() : null;
                    } else {
                        p.skipChildren();
                    }
                }
                return new Page(items, next);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** N GETs of the given paths (cycling), each parsed to a tree: what one point lookup costs over HTTP. */
    private static void get(OkHttpClient client, String auth, String base, int n, List<String> paths) throws Exception {
        int warm = Math.min(n, 50);
        for (int i = 0; i < warm; i++) {
            getOne(client, auth, HttpUrl.get(base + paths.get(i % paths.size())));
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            getOne(client, auth, HttpUrl.get(base + paths.get(i % paths.size())));
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf("{\"requests\": %d, \"ms\": %.1f, \"ms_per_request\": %.3f}%n", n, ms, ms / n);
    }

    private static void getOne(OkHttpClient client, String auth, HttpUrl url) throws IOException {
        Request req = new Request.Builder().url(url).header("Accept", "application/json")
                .header("Authorization", auth).get().build();
        try (Response resp = client.newCall(req).execute(); InputStream in = resp.body().byteStream()) {
            if (!resp.isSuccessful()) {
                throw new IllegalStateException("HTTP " + resp.code() + " for " + url);
            }
            MAPPER.readTree(in);
        }
    }
}

package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Renders deterministic bodies (storage XHTML, atlas_doc_format JSON, plain text) of pages, blog posts and comments
 * on demand. Attachments have no body.
 */
public final class BodyGenerator {

    private static final String[] WORDS = {
            "the", "service", "deployment", "café", "naïve", "über", "rollout", "日本語", "テスト", "数据", "🚀",
            "database", "latency", "owner", "résumé", "incident", "budget", "quarter", "review", "Straße", "한국어",
            "customer", "pipeline", "cluster", "team", "plan", "\"quoted\"", "it's", "a&b", "x<y", "goal", "metric",
    };

    private final long seed;

    public BodyGenerator(long seed) {
        this.seed = seed;
    }

    /** Paragraph texts of the content (unescaped). */
    public List<String> paragraphs(Content c) {
        int n = switch (c) {
            case Page p -> p.paragraphs();
            case BlogPost b -> b.paragraphs();
            case Comment m -> m.paragraphs();
            case Attachment a -> 0;
        };
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + c.id());
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int words = 12 + rnd.nextInt(30);
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < words; w++) {
                String word = WORDS[rnd.nextInt(WORDS.length)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            }
            out.add(sb.append('.').toString());
        }
        return out;
    }

    public String storage(Content page) {
        List<String> paras = paragraphs(page);
        StringBuilder sb = new StringBuilder(paras.size() * 200);
        if (page instanceof Comment || page instanceof Attachment) {
            paras.forEach(p -> sb.append("<p>").append(xml(p)).append("</p>"));
            return sb.toString();
        }
        sb.append("<h1>").append(xml(page.title())).append("</h1>");
        for (int i = 0; i < paras.size(); i++) {
            if (i == 1) {
                sb.append("<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\"><ac:rich-text-body><p>")
                        .append("Owner: <ac:link><ri:user ri:account-id=\"").append(page.creator().accountId())
                        .append("\" /></ac:link></p></ac:rich-text-body></ac:structured-macro>");
            }
            sb.append("<p>").append(xml(paras.get(i))).append("</p>");
        }
        sb.append("<ul><li><p>Version ").append(page.version()).append("</p></li><li><p>Space ")
                .append(xml(page.space().key())).append("</p></li></ul>");
        return sb.toString();
    }

    /** A simple, valid ADF document serialised as a JSON string, as the REST API returns it. */
    public String atlasDoc(Content page) {
        ObjectNode doc = Json.obj();
        doc.put("type", "doc");
        ArrayNode content = doc.putArray("content");
        if (page instanceof Page || page instanceof BlogPost) {
            ObjectNode h = content.addObject();
            h.put("type", "heading");
            h.putObject("attrs").put("level", 1);
            h.putArray("content").addObject().put("type", "text").put("text", page.title());
        }
        for (String p : paragraphs(page)) {
            ObjectNode para = content.addObject();
            para.put("type", "paragraph");
            para.putArray("content").addObject().put("type", "text").put("text", p);
        }
        doc.put("version", 1);
        return Json.string(doc);
    }

    public String plain(Content page) {
        return page.title() + "\n" + String.join("\n", paragraphs(page));
    }

    /** The body as the {@code view} representation: storage without Confluence-specific markup. */
    public String view(Content c) {
        return storage(c).replaceAll("<ac:[^>]*>|</ac:[^>]*>|<ri:[^>]*>", "");
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

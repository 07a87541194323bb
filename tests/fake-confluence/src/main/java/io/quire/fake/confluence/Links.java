package io.quire.fake.confluence;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * Link context of a response: {@code base} is the absolute site URL ({@code http://127.0.0.1:PORT/wiki} for Cloud,
 * {@code http://127.0.0.1:PORT} for Data Center) and {@code context} its path ({@code /wiki} or empty).
 */
public record Links(String base, String context, ApiFlavor flavor) {

    private static final DateTimeFormatter BLOG_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    /** The web UI path of any content, relative to base, shaped as Confluence Cloud prints it. */
    public String webui(Content c) {
        return switch (c) {
            case Page p -> "/spaces/" + p.space().key() + "/pages/" + p.id() + "/" + enc(p.title());
            case BlogPost b -> "/spaces/" + b.space().key() + "/blog/" + BLOG_DAY.format(b.created()) + "/" + b.id()
                    + "/" + enc(b.title());
            case Comment m -> webui(m.container()) + "?focusedCommentId=" + m.id();
            case Attachment a -> "/pages/viewpageattachments.action?pageId=" + a.container().id() + "&preview="
                    + enc("/" + a.container().id() + "/" + a.id() + "/" + a.title());
        };
    }

    /** Form-style URL encoding (spaces as {@code +}), as Confluence uses in web UI links. */
    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Confluence short link: little-endian id bytes, base64, trailing zero padding stripped. */
    public static String tinyui(long id) {
        byte[] bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(id).array();
        String s = Base64.getEncoder().encodeToString(bytes).replace('/', '-').replace('+', '_');
        return "/x/" + s.replaceAll("A*=*$", "");
    }
}

package io.quire.fake.confluence;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Link context of a response: {@code base} is the absolute site URL ({@code http://127.0.0.1:PORT/wiki} for Cloud,
 * {@code http://127.0.0.1:PORT} for Data Center) and {@code context} its path ({@code /wiki} or empty).
 */
public record Links(String base, String context, ApiFlavor flavor) {

    public String webui(Page p) {
        return "/spaces/" + p.space().key() + "/pages/" + p.id() + "/" + URLEncoder.encode(p.title(), StandardCharsets.UTF_8);
    }

    /** Confluence short link: little-endian id bytes, base64, trailing zero padding stripped. */
    public static String tinyui(long id) {
        byte[] bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(id).array();
        String s = Base64.getEncoder().encodeToString(bytes).replace('/', '-').replace('+', '_');
        return "/x/" + s.replaceAll("A*=*$", "");
    }
}

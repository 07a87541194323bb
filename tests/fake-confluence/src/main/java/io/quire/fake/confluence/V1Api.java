package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * REST v1 dispatcher shared by Cloud ({@code /wiki/rest/api}) and Data Center ({@code /rest/api}). Paths passed in
 * are relative to the API root, e.g. {@code /space/ENG}. Each resource family has its own handler; a path none of
 * them serves (or one that only the other flavour has) is a 404 shaped like the real one.
 */
public final class V1Api {

    private final V1Spaces spaces;
    private final V1Contents contents;
    private final V1Search search;
    private final V1Users users;
    private final V1Audit audit;

    public V1Api(SiteData data) {
        V1Render render = new V1Render(data);
        this.spaces = new V1Spaces(data, render);
        this.contents = new V1Contents(data, render);
        this.search = new V1Search(data, render);
        this.users = new V1Users(data);
        this.audit = new V1Audit(data);
    }

    public Response handle(Request r, String sub, Links l) {
        String[] seg = sub.replaceAll("^/+|/+$", "").split("/");
        Expand ex = Expand.of(r.list("expand"));
        JsonNode body = switch (seg[0]) {
            case "space" -> spaces.handle(seg, r, ex, l);
            case "content" -> seg.length == 2 && seg[1].equals("search") ? search.contentSearch(r, ex, l)
                    : contents.handle(seg, r, ex, l);
            case "search" -> seg.length == 1 ? search.search(r, ex, l)
                    : seg.length == 2 && seg[1].equals("user") && l.flavor().cloud() ? search.users(r, l) : null;
            case "user", "group", "admin" -> users.handle(seg, r, l);
            case "audit" -> audit.handle(seg, r, l);
            case "label" -> seg.length == 1 && l.flavor().cloud() ? contents.labelDetails(r, l) : null;
            default -> null;
        };
        if (body == null) {
            throw notFound(l, sub);
        }
        return Response.ok(body);
    }

    static ApiException notFound(Links l, String sub) {
        return ApiErrors.notFound(l.flavor(), "null for uri: " + l.base() + "/rest/api" + sub);
    }

    /** A content id from a path: numeric, or {@code att123} for attachments. */
    static long contentId(String text) {
        try {
            return Long.parseLong(text.startsWith("att") ? text.substring(3) : text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static int contentCap(Links l) {
        return l.flavor() == ApiFlavor.DC ? 100 : 250;
    }
}

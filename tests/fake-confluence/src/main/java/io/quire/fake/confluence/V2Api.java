package io.quire.fake.confluence;

/**
 * Cloud REST v2 dispatcher under {@code /wiki/api/v2}. Every list pages by opaque cursor (see {@link V2List});
 * resource families have their own handlers.
 */
public final class V2Api {

    private final V2Spaces spaces;
    private final V2Pages pages;
    private final V2Comments comments;
    private final V2Others others;

    public V2Api(SiteData data) {
        V2Render render = new V2Render(data);
        this.pages = new V2Pages(data, render);
        this.spaces = new V2Spaces(data, render, pages);
        this.comments = new V2Comments(data, render);
        this.others = new V2Others(data, render);
    }

    public Response handle(Request r, String sub, Links l) {
        String[] seg = sub.replaceAll("^/+|/+$", "").split("/");
        Response resp = switch (seg[0]) {
            case "spaces" -> spaces.handle(seg, r, l);
            case "pages", "blogposts" -> seg.length == 3 && seg[2].endsWith("-comments")
                    ? comments.ofContainer(seg, r, l)
                    : seg.length == 3 && seg[2].equals("attachments") ? others.ofContainer(seg, r, l)
                    : pages.handle(seg, r, l);
            case "footer-comments", "inline-comments" -> comments.handle(seg, r, l);
            case "attachments", "labels", "tasks" -> others.handle(seg, r, l);
            default -> null;
        };
        if (resp == null) {
            throw V2List.notFound();
        }
        return resp;
    }
}

package io.quire.fake.confluence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Footer and inline comments: site-wide lists, single comments, replies, and the root comments of a page or blog
 * post ({@code /pages/{id}/footer-comments}, {@code /pages/{id}/inline-comments}, and the blog post twins).
 */
final class V2Comments {

    private final SiteData data;
    private final V2Render render;

    V2Comments(SiteData data, V2Render render) {
        this.data = data;
        this.render = render;
    }

    /** {@code /footer-comments[/{id}[/children]]} and the inline twins. */
    Response handle(String[] seg, Request r, Links l) {
        String location = seg[0].startsWith("footer") ? "footer" : "inline";
        if (seg.length == 1) {
            List<Comment> all = new ArrayList<>();
            for (Comment m : data.comments()) {
                if (m.isCurrent() && m.location().equals(location)) {
                    all.add(m);
                }
            }
            String f = V2List.bodyFormat(r, "storage", "atlas_doc_format");
            return V2List.of(r, l, sorted(all, r), m -> render.comment(m, f, true), "/" + seg[0]);
        }
        Comment m = data.content(V2List.id(seg[1])) instanceof Comment c && c.location().equals(location) ? c : null;
        if (m == null) {
            throw V2List.notFound();
        }
        if (seg.length == 2) {
            String f = V2List.bodyFormat(r, "storage", "atlas_doc_format", "view");
            return Response.ok(render.comment(m, f, true));
        }
        if (seg.length == 3 && seg[2].equals("children")) {
            String f = V2List.bodyFormat(r, "storage", "atlas_doc_format");
            List<Comment> kids = data.replies(m.id()).stream().filter(Comment::isCurrent).toList();
            return V2List.of(r, l, sorted(kids, r), k -> render.comment(k, f, false),
                    "/" + seg[0] + "/" + m.id() + "/children");
        }
        return null;
    }

    /** {@code /pages/{id}/footer-comments} etc.: top-level comments only, as the real API returns. */
    Response ofContainer(String[] seg, Request r, Links l) {
        String location = switch (seg[2]) {
            case "footer-comments" -> "footer";
            case "inline-comments" -> "inline";
            default -> null;
        };
        Content c = data.content(V2List.id(seg[1]));
        boolean blog = seg[0].equals("blogposts");
        if (location == null || !(blog ? c instanceof BlogPost : c instanceof Page) || !c.isCurrent()) {
            throw V2List.notFound();
        }
        List<String> statuses = r.list("status");
        List<String> resolutions = r.list("resolution-status");
        String f = V2List.bodyFormat(r, "storage", "atlas_doc_format");
        List<Comment> all = new ArrayList<>();
        for (Comment m : data.commentsOf(c.id())) {
            boolean statusOk = statuses.isEmpty() ? m.isCurrent() : statuses.contains(m.status());
            if (m.parentId() == 0 && m.location().equals(location) && statusOk
                    && (resolutions.isEmpty() || resolutions.contains(m.resolution()))) {
                all.add(m);
            }
        }
        return V2List.of(r, l, sorted(all, r), m -> render.comment(m, f, false),
                "/" + seg[0] + "/" + c.id() + "/" + seg[2]);
    }

    private static List<Comment> sorted(List<Comment> all, Request r) {
        return V2List.sorted(all, r, V2List.dateSorts(), Comparator.comparingLong(Comment::id));
    }
}

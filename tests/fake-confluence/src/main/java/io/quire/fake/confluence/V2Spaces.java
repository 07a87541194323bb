package io.quire.fake.confluence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /spaces}, {@code /spaces/{id}} and per-space lists: pages, blog posts, permissions, space labels and the
 * labels of a space's content. Archived spaces are listed unless {@code status} filters them, as the real API does.
 */
final class V2Spaces {

    private final SiteData data;
    private final V2Render render;
    private final V2Pages pages;

    V2Spaces(SiteData data, V2Render render, V2Pages pages) {
        this.data = data;
        this.render = render;
        this.pages = pages;
    }

    Response handle(String[] seg, Request r, Links l) {
        if (seg.length == 1) {
            return spaces(r, l);
        }
        Space s = data.spaceById(V2List.id(seg[1]));
        if (s == null) {
            throw V2List.notFound();
        }
        String path = "/spaces/" + s.id();
        if (seg.length == 2) {
            return Response.ok(render.space(s, r));
        }
        if (seg.length == 3) {
            return switch (seg[2]) {
                case "pages" -> pages.pageList(r, l, new ArrayList<>(data.pagesOf(s)), path + "/pages",
                        "root".equals(r.param("depth")));
                case "blogposts" -> pages.blogList(r, l, data.index().inSpace(s, "blogpost"), path + "/blogposts");
                case "permissions" -> V2List.of(r, l, data.permissionsOf(s), V2Render::permission,
                        path + "/permissions");
                case "labels" -> labels(r, l, s.labels().stream().map(Label::global).toList(), path + "/labels");
                default -> null;
            };
        }
        if (seg.length == 4 && seg[2].equals("content") && seg[3].equals("labels")) {
            Set<String> names = new LinkedHashSet<>();
            for (Content c : data.index().inSpace(s)) {
                if (c.isCurrent()) {
                    names.addAll(c.labels());
                }
            }
            List<Label> all = names.stream().map(Label::global).sorted(Comparator.comparingLong(Label::id)).toList();
            return labels(r, l, all, path + "/content/labels");
        }
        return null;
    }

    static Response labels(Request r, Links l, List<Label> all, String path) {
        List<String> prefixes = r.list("prefix");
        List<Label> filtered = all.stream().filter(x -> prefixes.isEmpty() || prefixes.contains(x.prefix())).toList();
        filtered = V2List.sorted(filtered, r, Map.of("id", Comparator.comparingLong(Label::id),
                "name", Comparator.comparing(Label::name), "created-date", Comparator.comparingLong(Label::id)),
                Comparator.comparingLong(Label::id));
        return V2List.of(r, l, filtered, V2Render::label, path);
    }

    private Response spaces(Request r, Links l) {
        List<Long> ids = V2List.longs(r, "ids");
        List<String> keys = r.list("keys");
        String type = r.param("type");
        String status = r.param("status");
        List<String> labels = r.list("labels");
        List<Space> all = new ArrayList<>();
        for (Space s : data.spaces()) {
            if ((ids.isEmpty() || ids.contains(s.id())) && (keys.isEmpty() || keys.contains(s.key()))
                    && (type == null || type.equals(s.type())) && (status == null || status.equals(s.status()))
                    && (labels.isEmpty() || s.labels().stream().anyMatch(labels::contains))) {
                all.add(s);
            }
        }
        String sort = r.param("sort") == null ? "id" : r.param("sort");
        Comparator<Space> c = switch (sort.replace("-", "")) {
            case "id" -> Comparator.comparingLong(Space::id);
            case "key" -> Comparator.comparing(Space::key);
            case "name" -> Comparator.comparing(Space::name);
            default -> throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, "sort", sort);
        };
        all.sort(sort.startsWith("-") ? c.reversed() : c);
        return V2List.of(r, l, all, s -> render.space(s, r), "/spaces");
    }
}

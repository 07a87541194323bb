package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Attachments, labels and inline tasks. */
final class V2Others {

    private final SiteData data;
    private final V2Render render;

    V2Others(SiteData data, V2Render render) {
        this.data = data;
        this.render = render;
    }

    Response handle(String[] seg, Request r, Links l) {
        return switch (seg[0]) {
            case "attachments" -> attachments(seg, r, l);
            case "labels" -> labels(seg, r, l);
            default -> tasks(seg, r, l);
        };
    }

    /** {@code /pages/{id}/attachments} and {@code /blogposts/{id}/attachments}. */
    Response ofContainer(String[] seg, Request r, Links l) {
        Content c = data.content(V2List.id(seg[1]));
        if (!(seg[0].equals("blogposts") ? c instanceof BlogPost : c instanceof Page) || !c.isCurrent()) {
            throw V2List.notFound();
        }
        return attachmentList(data.attachmentsOf(c.id()), r, l, "/" + seg[0] + "/" + c.id() + "/attachments");
    }

    private Response attachments(String[] seg, Request r, Links l) {
        if (seg.length == 1) {
            return attachmentList(data.attachments(), r, l, "/attachments");
        }
        Attachment a = data.content(V2List.id(seg[1])) instanceof Attachment x && x.isCurrent() ? x : null;
        if (a == null) {
            throw V2List.notFound();
        }
        if (seg.length == 2) {
            return Response.ok(render.attachment(a));
        }
        if (seg.length == 3 && seg[2].equals("labels")) {
            return V2Spaces.labels(r, l, data.labelsOf(a), "/attachments/" + a.restId() + "/labels");
        }
        return null;
    }

    /** Attachment lists default to 50 per page, as the real API does. */
    private Response attachmentList(List<Attachment> source, Request r, Links l, String path) {
        List<String> statuses = r.list("status");
        String mediaType = r.param("mediaType");
        String filename = r.param("filename");
        List<Attachment> all = new ArrayList<>();
        for (Attachment a : source) {
            boolean statusOk = statuses.isEmpty() ? a.isCurrent() : statuses.contains(a.status());
            if (statusOk && (mediaType == null || mediaType.equals(a.mediaType()))
                    && (filename == null || filename.equals(a.title()))) {
                all.add(a);
            }
        }
        all = V2List.sorted(all, r, V2List.dateSorts(), Comparator.comparingLong(Attachment::id));
        return V2List.of(r, l, all, render::attachment, path, 50);
    }

    private Response labels(String[] seg, Request r, Links l) {
        if (seg.length == 1) {
            List<Long> ids = V2List.longs(r, "label-id");
            List<Label> all = data.labels().stream().filter(x -> ids.isEmpty() || ids.contains(x.id())).toList();
            return V2Spaces.labels(r, l, all, "/labels");
        }
        long id = V2List.id(seg[1]);
        Label label = data.labels().stream().filter(x -> x.id() == id).findFirst().orElseThrow(V2List::notFound);
        if (seg.length != 3) {
            return null;
        }
        String type = switch (seg[2]) {
            case "pages" -> "page";
            case "blogposts" -> "blogpost";
            case "attachments" -> "attachment";
            default -> null;
        };
        if (type == null) {
            return null;
        }
        List<Long> spaceIds = V2List.longs(r, "space-id");
        List<Content> all = data.index().labeled(label.name()).stream().filter(c -> c.type().equals(type)
                && c.isCurrent() && (spaceIds.isEmpty() || spaceIds.contains(c.space().id()))).toList();
        String f = type.equals("attachment") ? null : V2List.bodyFormat(r, "storage", "atlas_doc_format");
        Function<Content, ObjectNode> fn = c -> switch (c) {
            case Page p -> render.page(p, f);
            case BlogPost b -> render.blogpost(b, f);
            case Attachment a -> render.attachment(a);
            case Comment m -> render.comment(m, f, true);
        };
        return V2List.of(r, l, all, fn, "/labels/" + id + "/" + seg[2]);
    }

    private Response tasks(String[] seg, Request r, Links l) {
        String f = V2List.bodyFormat(r, "storage", "atlas_doc_format");
        if (seg.length == 2) {
            Task t = data.task(V2List.id(seg[1]));
            if (t == null) {
                throw V2List.notFound();
            }
            return Response.ok(render.task(t, f));
        }
        if (seg.length != 1) {
            return null;
        }
        TaskFilter filter = TaskFilter.of(r);
        List<Task> all = data.tasks().stream().filter(filter::test).toList();
        return V2List.of(r, l, all, t -> render.task(t, f), "/tasks");
    }

    /** The {@code /tasks} query parameters; dates are epoch milliseconds, ranges inclusive. */
    private record TaskFilter(String status, List<Long> ids, List<Long> spaces, List<Long> pages, List<Long> blogs,
                              List<String> createdBy, List<String> assignedTo, List<String> completedBy,
                              Instant[] created, Instant[] due, Instant[] completed) {

        static TaskFilter of(Request r) {
            String status = r.param("status");
            if (status != null && !status.equals("complete") && !status.equals("incomplete")) {
                throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, "status", status);
            }
            return new TaskFilter(status, V2List.longs(r, "task-id"), V2List.longs(r, "space-id"),
                    V2List.longs(r, "page-id"), V2List.longs(r, "blogpost-id"), r.list("created-by"),
                    r.list("assigned-to"), r.list("completed-by"), range(r, "created-at"), range(r, "due-at"),
                    range(r, "completed-at"));
        }

        private static Instant[] range(Request r, String name) {
            return new Instant[] {millis(r, name + "-from"), millis(r, name + "-to")};
        }

        private static Instant millis(Request r, String name) {
            String v = r.param(name);
            if (v == null || v.isBlank()) {
                return null;
            }
            try {
                return Instant.ofEpochMilli(Long.parseLong(v.trim()));
            } catch (NumberFormatException e) {
                throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, name, v);
            }
        }

        boolean test(Task t) {
            Content c = t.container();
            return (status == null || status.equals(t.status())) && (ids.isEmpty() || ids.contains(t.id()))
                    && (spaces.isEmpty() || spaces.contains(c.space().id()))
                    && (pages.isEmpty() || (c instanceof Page && pages.contains(c.id())))
                    && (blogs.isEmpty() || (c instanceof BlogPost && blogs.contains(c.id())))
                    && user(createdBy, t.creator()) && user(assignedTo, t.assignee())
                    && user(completedBy, t.completedBy()) && in(created, t.created()) && in(due, t.due())
                    && in(completed, t.completed());
        }

        private static boolean user(List<String> ids, User u) {
            return ids.isEmpty() || (u != null && ids.contains(u.accountId()));
        }

        private static boolean in(Instant[] range, Instant t) {
            if (range[0] == null && range[1] == null) {
                return true;
            }
            return t != null && (range[0] == null || !t.isBefore(range[0])) && (range[1] == null || !t.isAfter(range[1]));
        }
    }
}

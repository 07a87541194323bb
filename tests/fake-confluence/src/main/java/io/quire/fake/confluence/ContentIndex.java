package io.quire.fake.confluence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lookups over content of every type. Every list is in id order, so CQL without ORDER BY and the v1 list endpoints
 * page through a stable order; per-space and per-type lists let CQL skip scanning the whole site.
 */
public final class ContentIndex {

    /** The content types CQL and the v1 content endpoints know. */
    public static final List<String> TYPES = List.of("page", "blogpost", "comment", "attachment");

    private final List<Content> all;
    private final Map<Long, Content> byId;
    private final Map<String, List<Content>> byType = new HashMap<>();
    private final Map<String, List<Content>> currentByType = new HashMap<>();
    private final Map<Long, Map<String, List<Content>>> currentBySpaceType = new HashMap<>();
    private final Map<Long, Map<String, List<Content>>> bySpaceType = new HashMap<>();
    private final Map<Long, List<Content>> bySpace = new HashMap<>();
    private final Map<Long, List<Comment>> commentsByContainer = new HashMap<>();
    private final Map<Long, List<Comment>> replies = new HashMap<>();
    private final Map<Long, List<Attachment>> attachmentsByContainer = new HashMap<>();
    private final Map<String, List<Content>> byLabel = new TreeMap<>();

    ContentIndex(List<Space> spaces, List<Page> pages, SiteExtras extras) {
        int n = pages.size() + extras.blogposts().size() + extras.comments().size() + extras.attachments().size();
        List<Content> list = new ArrayList<>(n);
        list.addAll(pages);
        list.addAll(extras.blogposts());
        list.addAll(extras.comments());
        list.addAll(extras.attachments());
        list.sort(Comparator.comparingLong(Content::id)); // already sorted as generated; cheap insurance
        this.all = List.copyOf(list);
        this.byId = HashMap.newHashMap(n);
        for (String t : TYPES) {
            byType.put(t, new ArrayList<>());
            currentByType.put(t, new ArrayList<>());
        }
        for (Space s : spaces) {
            bySpace.put(s.id(), new ArrayList<>());
            Map<String, List<Content>> m = new HashMap<>();
            TYPES.forEach(t -> m.put(t, new ArrayList<>()));
            bySpaceType.put(s.id(), m);
            Map<String, List<Content>> current = new HashMap<>();
            TYPES.forEach(t -> current.put(t, new ArrayList<>()));
            currentBySpaceType.put(s.id(), current);
        }
        for (Content c : all) {
            byId.put(c.id(), c);
            byType.get(c.type()).add(c);
            bySpace.get(c.space().id()).add(c);
            bySpaceType.get(c.space().id()).get(c.type()).add(c);
            if (c.isCurrent()) {
                currentByType.get(c.type()).add(c);
                currentBySpaceType.get(c.space().id()).get(c.type()).add(c);
            }
            for (String l : c.labels()) {
                byLabel.computeIfAbsent(l, k -> new ArrayList<>()).add(c);
            }
            if (c instanceof Comment m) {
                commentsByContainer.computeIfAbsent(m.container().id(), k -> new ArrayList<>()).add(m);
                if (m.parentId() != 0) {
                    replies.computeIfAbsent(m.parentId(), k -> new ArrayList<>()).add(m);
                }
            } else if (c instanceof Attachment a) {
                attachmentsByContainer.computeIfAbsent(a.container().id(), k -> new ArrayList<>()).add(a);
            }
        }
    }

    /** All content in id order. */
    public List<Content> all() {
        return all;
    }

    public Content byId(long id) {
        return byId.get(id);
    }

    /** Content of one type ({@code page}, {@code blogpost}, {@code comment}, {@code attachment}) in id order. */
    public List<Content> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** All content of a space in id order. */
    public List<Content> inSpace(Space s) {
        return bySpace.getOrDefault(s.id(), List.of());
    }

    /** Content of one type in a space, in id order. */
    public List<Content> inSpace(Space s, String type) {
        return bySpaceType.getOrDefault(s.id(), Map.of()).getOrDefault(type, List.of());
    }

    /**
     * Current content of one type, in id order, optionally in one space (null: every space): what a
     * listing with no other filter pages through, so a page of it is a sublist, not a scan of the site.
     */
    public List<Content> current(String type, Space space) {
        Map<String, List<Content>> m = space == null ? currentByType : currentBySpaceType.getOrDefault(space.id(), Map.of());
        return m.getOrDefault(type, List.of());
    }

    public List<Comment> commentsOf(long containerId) {
        return commentsByContainer.getOrDefault(containerId, List.of());
    }

    public List<Comment> replies(long commentId) {
        return replies.getOrDefault(commentId, List.of());
    }

    public List<Attachment> attachmentsOf(long containerId) {
        return attachmentsByContainer.getOrDefault(containerId, List.of());
    }

    /** Content carrying a label, in id order. */
    public List<Content> labeled(String name) {
        return byLabel.getOrDefault(name, List.of());
    }

    /** Every label in use, ordered by id. */
    public List<Label> labels() {
        return byLabel.keySet().stream().map(Label::global).sorted(Comparator.comparingLong(Label::id)).toList();
    }
}

package io.quire.fake.confluence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable in-memory site: spaces, pages (sorted by id), the content hanging off them and lookup indexes. Content
 * lookups ({@link #content}, {@link #contentOf}, ...) are in {@link ContentIndex}; people and groups in
 * {@link Directory}; version histories in {@link VersionHistory}.
 */
public final class SiteData {

    private final long seed;
    private final List<User> users;
    private final User demoUser;
    private final List<Space> spaces;
    private final Map<String, Space> spacesByKey = new LinkedHashMap<>();
    private final Map<Long, Space> spacesById = new HashMap<>();
    private final List<Page> pages;
    private final Map<Long, Page> pagesById;
    private final Map<Long, List<Page>> pagesBySpace = new HashMap<>();
    private final Map<Long, List<Page>> childrenByParent = new HashMap<>();
    private final SiteExtras extras;
    private final ContentIndex index;
    private final Directory directory;
    private final VersionHistory history;
    private final Map<Long, Task> tasksById = new HashMap<>();

    public SiteData(long seed, List<User> users, User demoUser, List<Space> spaces, List<Page> pages) {
        this(seed, users, demoUser, spaces, pages, SiteExtras.EMPTY);
    }

    public SiteData(long seed, List<User> users, User demoUser, List<Space> spaces, List<Page> pages,
                    SiteExtras extras) {
        this.seed = seed;
        this.users = users;
        this.demoUser = demoUser;
        this.spaces = List.copyOf(spaces);
        this.pages = Collections.unmodifiableList(new ArrayList<>(pages));
        this.pagesById = HashMap.newHashMap(pages.size());
        for (Space s : spaces) {
            spacesByKey.put(s.key(), s);
            spacesById.put(s.id(), s);
            pagesBySpace.put(s.id(), new ArrayList<>());
        }
        for (Page p : pages) {
            pagesById.put(p.id(), p);
            pagesBySpace.get(p.space().id()).add(p);
            if (p.parentId() != 0) {
                childrenByParent.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
            }
        }
        this.extras = extras;
        this.index = new ContentIndex(this.spaces, this.pages, extras);
        this.directory = new Directory(users, extras);
        this.history = new VersionHistory(seed, users);
        extras.tasks().forEach(t -> tasksById.put(t.id(), t));
    }

    public long seed() {
        return seed;
    }

    public List<User> users() {
        return users;
    }

    public User demoUser() {
        return demoUser;
    }

    public List<Space> spaces() {
        return spaces;
    }

    public Space spaceByKey(String key) {
        return spacesByKey.get(key);
    }

    public Space spaceById(long id) {
        return spacesById.get(id);
    }

    /** All pages in id order. */
    public List<Page> pages() {
        return pages;
    }

    public Page page(long id) {
        return pagesById.get(id);
    }

    /** Pages of a space in id order (any status). */
    public List<Page> pagesOf(Space space) {
        return pagesBySpace.getOrDefault(space.id(), List.of());
    }

    /** Direct children of a page in id order (any status). */
    public List<Page> children(long pageId) {
        return childrenByParent.getOrDefault(pageId, List.of());
    }

    /** Ancestors of a page, root first. */
    public List<Page> ancestors(Page page) {
        List<Page> out = new ArrayList<>(page.depth());
        for (long p = page.parentId(); p != 0; ) {
            Page parent = pagesById.get(p);
            out.add(parent);
            p = parent.parentId();
        }
        Collections.reverse(out);
        return out;
    }

    /** True when {@code ancestorId} is a (transitive) parent of {@code page}. */
    public boolean hasAncestor(Page page, long ancestorId) {
        for (long p = page.parentId(); p != 0; p = pagesById.get(p).parentId()) {
            if (p == ancestorId) {
                return true;
            }
        }
        return false;
    }

    /** All descendants of a page (any status), depth first in child order, each child before its subtree. */
    public List<Page> descendants(long pageId) {
        List<Page> out = new ArrayList<>();
        collect(pageId, out);
        return out;
    }

    private void collect(long pageId, List<Page> out) {
        for (Page c : children(pageId)) {
            out.add(c);
            collect(c.id(), out);
        }
    }

    // ---- content of every type ----

    /** Content lookups by id, space, type, container and label. */
    public ContentIndex index() {
        return index;
    }

    /** Any content by numeric id (pages, blog posts, comments, attachments), or null. */
    public Content content(long id) {
        return index.byId(id);
    }

    /** All blog posts in id order (any status). */
    public List<BlogPost> blogposts() {
        return extras.blogposts();
    }

    /** All comments in id order. */
    public List<Comment> comments() {
        return extras.comments();
    }

    /** All attachments in id order. */
    public List<Attachment> attachments() {
        return extras.attachments();
    }

    /** Comments on a page or blog post (top-level and replies), in id order. */
    public List<Comment> commentsOf(long containerId) {
        return index.commentsOf(containerId);
    }

    /** Direct replies to a comment, in id order. */
    public List<Comment> replies(long commentId) {
        return index.replies(commentId);
    }

    /** Attachments of a page or blog post, in id order. */
    public List<Attachment> attachmentsOf(long containerId) {
        return index.attachmentsOf(containerId);
    }

    /** Labels of content as {@link Label} records, in the order they were added. */
    public List<Label> labelsOf(Content c) {
        return c.labels().stream().map(Label::global).toList();
    }

    /** Every label used on pages, blog posts or attachments, by id. */
    public List<Label> labels() {
        return index.labels();
    }

    /** Versions of content, oldest first; the last one is the current version. */
    public List<ContentVersion> versions(Content c) {
        return history.versions(c);
    }

    /** Everyone who saved a version of the content, in order of their first version. */
    public List<User> contributors(Content c) {
        return history.contributors(c);
    }

    // ---- people, permissions, tasks, audit ----

    public Directory directory() {
        return directory;
    }

    public List<Group> groups() {
        return extras.groups();
    }

    /** Members of a group, in user order. */
    public List<User> members(Group g) {
        return extras.members().getOrDefault(g, List.of());
    }

    /** Groups a user belongs to, in group order. */
    public List<Group> groupsOf(User u) {
        return directory.groupsOf(u);
    }

    /** Every space permission, grouped by space in space order. */
    public List<SpacePermission> spacePermissions() {
        return extras.permissions();
    }

    public List<SpacePermission> permissionsOf(Space s) {
        return directory.permissionsOf(s);
    }

    /** All inline tasks in id order. */
    public List<Task> tasks() {
        return extras.tasks();
    }

    public Task task(long id) {
        return tasksById.get(id);
    }

    /** The audit log, newest first. */
    public List<AuditRecord> auditRecords() {
        return extras.auditRecords();
    }
}

package io.quire.fake.confluence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable in-memory site: spaces, pages (sorted by id) and lookup indexes. */
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

    public SiteData(long seed, List<User> users, User demoUser, List<Space> spaces, List<Page> pages) {
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
}

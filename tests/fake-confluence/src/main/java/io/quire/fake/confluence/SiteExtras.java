package io.quire.fake.confluence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything generated after spaces and pages: the entities the newer tables read. */
public record SiteExtras(List<BlogPost> blogposts, List<Comment> comments, List<Attachment> attachments,
                         List<Group> groups, Map<Group, List<User>> members, List<SpacePermission> permissions,
                         List<Task> tasks, List<AuditRecord> auditRecords) {

    public static final SiteExtras EMPTY = new SiteExtras(List.of(), List.of(), List.of(), List.of(), Map.of(),
            List.of(), List.of(), List.of());

    static SiteExtras generate(Config cfg, List<User> users, List<Space> spaces, List<Page> pages) {
        ContentGenerator.Result content = ContentGenerator.generate(cfg, users, spaces, pages);
        DirectoryGenerator.Result dir = DirectoryGenerator.generate(cfg, users, spaces);
        List<Content> pageHosts = new ArrayList<>();
        pages.stream().filter(Page::isCurrent).forEach(pageHosts::add);
        List<Content> blogHosts = new ArrayList<>();
        content.blogposts().stream().filter(BlogPost::isCurrent).forEach(blogHosts::add);
        List<Task> tasks = ActivityGenerator.tasks(cfg, users, pageHosts, blogHosts);
        List<AuditRecord> audit = ActivityGenerator.audit(cfg, users, spaces, dir.groups());
        return new SiteExtras(content.blogposts(), content.comments(), content.attachments(), dir.groups(),
                dir.members(), dir.permissions(), tasks, audit);
    }
}

package io.quire.fake.confluence;

/** Well-chosen entities of a site for endpoint tests: each has the relations its endpoints need. */
final class Samples {

    /** The default site, identical to what {@link ServerTestSupport#startServer} serves. */
    static final SiteData DEFAULT_SITE = DataGenerator.generate(Config.defaults());

    final Space space;
    final Page deepPage;
    final Page parentPage;
    final Page labeledPage;
    final Page versionedPage;
    final Comment footer;
    final Comment inline;
    final Attachment pageAttachment;
    final Attachment labeledAttachment;
    final BlogPost blog;
    final Label label;
    final Group group;
    final User user;
    final Task task;

    Samples(SiteData d) {
        space = d.spaceByKey("ENG");
        deepPage = d.pages().stream().filter(p -> p.isCurrent() && p.depth() >= 3).findFirst().orElseThrow();
        parentPage = d.pages().stream().filter(p -> p.isCurrent() && p.depth() == 1
                && d.children(p.id()).stream().anyMatch(k -> k.isCurrent() && !d.children(k.id()).isEmpty()))
                .findFirst().orElseThrow();
        labeledPage = d.pages().stream().filter(p -> p.isCurrent() && p.labels().size() >= 2).findFirst()
                .orElseThrow();
        versionedPage = d.pages().stream().filter(p -> p.isCurrent() && p.version() >= 5).findFirst().orElseThrow();
        footer = d.comments().stream().filter(m -> !m.inline() && m.parentId() == 0 && m.container() instanceof Page
                && !d.replies(m.id()).isEmpty()).findFirst().orElseThrow();
        inline = d.comments().stream().filter(m -> m.inline() && m.parentId() == 0 && !d.replies(m.id()).isEmpty())
                .findFirst().orElseThrow();
        pageAttachment = d.attachments().stream().filter(a -> a.container() instanceof Page).findFirst()
                .orElseThrow();
        labeledAttachment = d.attachments().stream().filter(a -> !a.labels().isEmpty()).findFirst().orElseThrow();
        blog = d.blogposts().stream().filter(b -> b.isCurrent() && !b.labels().isEmpty() && b.version() > 1
                && !d.commentsOf(b.id()).isEmpty() && !d.attachmentsOf(b.id()).isEmpty()).findFirst().orElseThrow();
        label = Label.global("howto");
        group = d.groups().get(3);
        user = d.users().get(1);
        task = d.tasks().stream().filter(t -> t.complete() && t.due() != null && t.assignee() != null).findFirst()
                .orElseThrow();
    }
}

package io.quire.fake.confluence;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Inline tasks and the audit log, each from a random stream of its own. */
final class ActivityGenerator {

    private static final String[] TASK_TEXTS = {
            "Review the design doc", "Update the runbook", "Send the résumé to HR", "Book the Zürich offsite",
            "Check the budget numbers", "Fix the broken links", "Write release notes 🚀", "日本語の翻訳を確認する",
            "Follow up with \"Legal\"", "Archive old pages", "Add diagrams", "Schedule the retro",
    };

    private ActivityGenerator() {
    }

    static List<Task> tasks(Config cfg, List<User> users, List<Content> pages, List<Content> blogs) {
        SplittableRandom rnd = GenUtil.stream(cfg.seed(), 7);
        List<Task> out = new ArrayList<>(cfg.tasks());
        if (pages.isEmpty() && blogs.isEmpty()) {
            return out;
        }
        Map<Long, Integer> localIds = new HashMap<>();
        for (int i = 0; i < cfg.tasks(); i++) {
            boolean onBlog = pages.isEmpty() || (!blogs.isEmpty() && rnd.nextInt(100) < 10);
            Content c = GenUtil.pick(rnd, onBlog ? blogs : pages);
            int local = localIds.merge(c.id(), 1, Integer::sum);
            boolean complete = rnd.nextInt(100) < 45;
            User creator = rnd.nextBoolean() ? c.creator() : GenUtil.pick(rnd, users);
            User assignee = rnd.nextInt(100) < 70 ? GenUtil.pick(rnd, users) : null;
            Instant created = GenUtil.after(rnd, c.created(), 200);
            Instant due = rnd.nextBoolean()
                    ? created.plus(Duration.ofDays(rnd.nextInt(120) - 20)).truncatedTo(ChronoUnit.DAYS) : null;
            Instant completed = complete ? GenUtil.after(rnd, created, 60) : null;
            User completedBy = complete ? (assignee != null ? assignee : GenUtil.pick(rnd, users)) : null;
            Instant updated = complete ? completed : (rnd.nextInt(4) == 0 ? GenUtil.after(rnd, created, 30) : created);
            out.add(new Task(8_000_001L + i, Integer.toString(local), c, complete ? "complete" : "incomplete",
                    GenUtil.pick(rnd, TASK_TEXTS), creator, assignee, completedBy, created, updated, due, completed));
        }
        return List.copyOf(out);
    }

    /** Audit records, newest first (the order the audit REST resource returns them in). */
    static List<AuditRecord> audit(Config cfg, List<User> users, List<Space> spaces, List<Group> groups) {
        SplittableRandom rnd = GenUtil.stream(cfg.seed(), 8);
        int n = cfg.auditRecords();
        List<AuditRecord> out = new ArrayList<>(n);
        long span = Duration.between(DataGenerator.EPOCH, DataGenerator.LATEST).toMillis();
        for (int i = 0; i < n; i++) {
            Instant when = DataGenerator.EPOCH.plusMillis(rnd.nextLong(span)).truncatedTo(ChronoUnit.MILLIS);
            User author = GenUtil.pick(rnd, users);
            Space space = GenUtil.pick(rnd, spaces);
            Group group = GenUtil.pick(rnd, groups);
            User subject = GenUtil.pick(rnd, users);
            String ip = "10.0." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254));
            AuditRecord.Item sp = new AuditRecord.Item(space.name(), "Space");
            AuditRecord r = switch (rnd.nextInt(7)) {
                case 0 -> new AuditRecord(when, author, ip, "Space permission added", "", "Permissions", false, sp,
                        List.of(new AuditRecord.Change("Permission", "", "Add Page")),
                        List.of(new AuditRecord.Item(group.name(), "Group")));
                case 1 -> new AuditRecord(when, author, ip, "User added to group", "", "Users and groups", true,
                        new AuditRecord.Item(subject.displayName(), "User"), List.of(),
                        List.of(new AuditRecord.Item(group.name(), "Group")));
                case 2 -> new AuditRecord(when, author, ip, "User removed from group", "", "Users and groups", true,
                        new AuditRecord.Item(subject.displayName(), "User"), List.of(),
                        List.of(new AuditRecord.Item(group.name(), "Group")));
                case 3 -> new AuditRecord(when, author, ip, "Space exported", "Exported as HTML", "Import/Export",
                        false, sp, List.of(), List.of());
                case 4 -> new AuditRecord(when, author, ip, "Space configuration changed", "", "Spaces", false, sp,
                        List.of(new AuditRecord.Change("Space name", space.key(), space.name())), List.of());
                case 5 -> new AuditRecord(when, author, ip, "Global permission added", "", "Permissions", true,
                        new AuditRecord.Item("Confluence", "Global"),
                        List.of(new AuditRecord.Change("Permission", "", "Can use")),
                        List.of(new AuditRecord.Item(group.name(), "Group")));
                default -> new AuditRecord(when, author, ip, "Page restored from trash", "", "Pages", false, sp,
                        List.of(), List.of(new AuditRecord.Item("Café Résumé", "Page")));
            };
            out.add(r);
        }
        out.sort(Comparator.comparing(AuditRecord::creationDate).reversed());
        return List.copyOf(out);
    }
}

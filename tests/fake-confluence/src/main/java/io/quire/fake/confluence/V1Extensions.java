package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code extensions} object of comments (location, inline properties, resolution) and attachments. */
final class V1Extensions {

    private V1Extensions() {
    }

    static ObjectNode comment(Comment m, Expand ex, Links l) {
        ObjectNode e = Json.obj();
        e.put("location", m.location());
        ObjectNode exp = Json.obj();
        if (m.inline()) {
            if (ex.has("inlineProperties")) {
                ObjectNode ip = e.putObject("inlineProperties");
                ip.put("markerRef", m.markerRef());
                ip.put("originalSelection", m.selection());
            } else {
                exp.put("inlineProperties", "");
            }
            if (ex.has("resolution")) {
                ObjectNode r = e.putObject("resolution");
                r.put("status", m.resolution());
                User by = m.resolvedBy() != null ? m.resolvedBy() : m.creator();
                r.set("lastModifier", V1People.user(by, l));
                r.put("lastModifiedDate", Json.iso(m.resolvedAt() != null ? m.resolvedAt() : m.created()));
            } else {
                exp.put("resolution", "");
            }
        }
        e.set("_expandable", exp);
        return e;
    }

    static ObjectNode attachment(Attachment a) {
        ObjectNode e = Json.obj();
        e.put("mediaType", a.mediaType());
        e.put("fileSize", a.fileSize());
        e.put("comment", a.comment());
        e.put("mediaTypeDescription", describe(a.mediaType()));
        e.put("fileId", a.fileId());
        e.put("collectionName", "contentId-" + a.container().id());
        return e;
    }

    /** What the UI calls a media type. */
    static String describe(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> "PNG Image";
            case "image/jpeg" -> "JPEG Image";
            case "image/svg+xml" -> "SVG Image";
            case "application/pdf" -> "PDF Document";
            case "application/json" -> "JSON File";
            case "text/plain" -> "Text File";
            case "application/zip" -> "ZIP Archive";
            default -> mediaType.contains("spreadsheet") ? "Excel Spreadsheet"
                    : mediaType.contains("wordprocessing") ? "Word Document" : "File";
        };
    }
}

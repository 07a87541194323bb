package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Error bodies shaped like the real Confluence ones. */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** v1 / DC service error: {@code {statusCode, data{...}, message, reason}}. */
    public static ApiException v1(int status, String reason, String message, String detail) {
        ObjectNode body = Json.obj();
        body.put("statusCode", status);
        ObjectNode data = body.putObject("data");
        data.put("authorized", true);
        data.put("valid", detail == null);
        var errors = data.putArray("errors");
        if (detail != null) {
            ObjectNode m = errors.addObject().putObject("message");
            m.put("translation", detail);
            m.putArray("args");
        }
        data.put("successful", false);
        body.put("message", message);
        body.put("reason", reason);
        return new ApiException(status, body);
    }

    /** v2 error: {@code {errors:[{status, code, title, detail}]}}. */
    public static ApiException v2(int status, String code, String title, String detail) {
        ObjectNode body = Json.obj();
        ObjectNode e = body.putArray("errors").addObject();
        e.put("status", status);
        e.put("code", code);
        e.put("title", title);
        if (detail == null) {
            e.putNull("detail");
        } else {
            e.put("detail", detail);
        }
        return new ApiException(status, body);
    }

    public static ApiException notFound(ApiFlavor flavor, String message) {
        return flavor == ApiFlavor.CLOUD_V2
                ? v2(404, "NOT_FOUND", "Not Found", null)
                : v1(404, "Not Found", message, null);
    }

    public static ApiException badRequest(ApiFlavor flavor, String message) {
        return flavor == ApiFlavor.CLOUD_V2
                ? v2(400, "INVALID_REQUEST_PARAMETER", message, null)
                : v1(400, "Bad Request", message, null);
    }

    public static ApiException badParam(ApiFlavor flavor, String name, String value) {
        return badRequest(flavor, "Provided value {" + value + "} for '" + name + "' is not the correct type.");
    }

    public static ApiException cql(String cql, String detail) {
        return v1(400, "Bad Request",
                "com.atlassian.confluence.api.service.exceptions.BadRequestException: Could not parse cql : " + cql,
                detail);
    }

    /** 401 body: DC sends the service-error shape, Cloud a short code/message object. */
    public static ObjectNode unauthorized(ApiFlavor flavor) {
        ObjectNode body = Json.obj();
        if (flavor == ApiFlavor.DC) {
            body.put("statusCode", 401);
            ObjectNode data = body.putObject("data");
            data.put("authorized", false);
            data.put("valid", true);
            data.putArray("errors");
            data.put("successful", false);
            body.put("message", "This request requires authentication.");
            body.put("reason", "Unauthorized");
        } else {
            body.put("code", 401);
            body.put("message", "Unauthorized");
        }
        return body;
    }
}

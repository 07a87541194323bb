package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON against a schema inside one of the Confluence OpenAPI 3.0 documents copied to
 * {@code src/test/resources/specs}. Schemas are addressed by JSON pointer into the document, so their
 * {@code $ref}s to {@code #/components/schemas/...} resolve within it.
 *
 * <p>Skipped on purpose: null-valued properties are removed before validation, because Atlassian's specs rarely
 * declare {@code nullable} although the real APIs send nulls (v2 {@code description}, {@code icon},
 * {@code parentId}, ...). Everything else is checked: required properties, types, enums and formats.
 */
final class SpecValidator {

    static final String CLOUD_V1 = "confluence-cloud-v1.swagger.v3.json";
    static final String CLOUD_V2 = "confluence-cloud-v2.openapi-v2.v3.json";
    static final String DC = "confluence-dc-10.0.3.swagger.v3.json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            b -> b.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private SpecValidator() {
    }

    /** The 200 response schema of {@code GET path} in {@code spec}. */
    static String response(String path) {
        return "/paths/" + escape(path) + "/get/responses/200/content/application~1json/schema";
    }

    static String component(String name) {
        return "/components/schemas/" + name;
    }

    /** Validation messages, empty when {@code json} conforms. */
    static Set<ValidationMessage> validate(String spec, String pointer, JsonNode json) {
        JsonSchema schema = CACHE.computeIfAbsent(spec + "#" + pointer,
                k -> FACTORY.getSchema(SchemaLocation.of("classpath:specs/" + k), CONFIG));
        return schema.validate(withoutNulls(json.deepCopy()));
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }

    private static JsonNode withoutNulls(JsonNode n) {
        if (n instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isNull()) {
                    it.remove();
                } else {
                    withoutNulls(e.getValue());
                }
            }
        } else if (n instanceof ArrayNode a) {
            a.forEach(SpecValidator::withoutNulls);
        }
        return n;
    }
}

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.rel.metadata.BuiltInMetadata;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.janino.RelMetadataHandlerGeneratorUtil;

/**
 * Build step (java-core/pom.xml, generate-sources): writes the Java source of Calcite's metadata
 * handlers for its default provider, the very code Calcite would generate and compile with Janino
 * when a process plans its first query (about 65 ms of a cold start, and classes the JVM's AOT
 * cache cannot keep). Compiled with the driver, they are ordinary classes:
 * io.quire.sql.MetadataHandlers serves them and keeps Janino for any other handler.
 *
 * <p>Run as a single-file program: {@code java -cp <calcite and its dependencies>
 * GenerateCalciteMetadataHandlers.java <output source root>}.
 */
public final class GenerateCalciteMetadataHandlers {
    private static final String CALCITE_PACKAGE = "org.apache.calcite.rel.metadata.janino";
    private static final String PACKAGE = "io.quire.sql.metadata";

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(dir);
        List<String> entries = new ArrayList<>();
        for (Class<?> metadata : BuiltInMetadata.class.getClasses()) {
            for (Class<?> nested : metadata.getClasses()) {
                if (!nested.isInterface() || !MetadataHandler.class.isAssignableFrom(nested)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Class<? extends MetadataHandler<?>> handler = (Class<? extends MetadataHandler<?>>) nested;
                List<? extends MetadataHandler<?>> handlers =
                        DefaultRelMetadataProvider.INSTANCE.handlers(handler).stream().distinct().toList();
                if (handlers.isEmpty()) {
                    continue;
                }
                var generated = RelMetadataHandlerGeneratorUtil.generateHandler(handler, handlers);
                String name = generated.getHandlerName().substring(CALCITE_PACKAGE.length() + 1);
                String code = javacReady(generated.getGeneratedCode(), handlers).replace("package " + CALCITE_PACKAGE + ";",
                        "// Generated at build time by java-core/src/codegen/GenerateCalciteMetadataHandlers.java.\n"
                                + "package " + PACKAGE + ";");
                Files.writeString(dir.resolve(name + ".java"), code, StandardCharsets.UTF_8);
                entries.add("        Map.entry(" + handler.getCanonicalName() + ".class, " + name + ".class)");
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("no metadata handler found in " + BuiltInMetadata.class);
        }
        String index = "// Generated at build time by java-core/src/codegen/GenerateCalciteMetadataHandlers.java.\n"
                + "package " + PACKAGE + ";\n\n"
                + "import java.util.Map;\n\n"
                + "/** Calcite's metadata handler interfaces and the classes generated for them. */\n"
                + "public final class GeneratedMetadataHandlers {\n"
                + "    private GeneratedMetadataHandlers() {\n    }\n\n"
                + "    public static final Map<Class<?>, Class<?>> CLASSES = Map.ofEntries(\n"
                + String.join(",\n", entries) + ");\n}\n";
        Files.writeString(dir.resolve("GeneratedMetadataHandlers.java"), index, StandardCharsets.UTF_8);
        System.out.println("Calcite metadata handlers generated: " + entries.size() + " in " + dir);
    }

    private static final Pattern BINARY_NAME = Pattern.compile("\\b[a-z]\\w*(?:\\.\\w+)*\\.[A-Z]\\w*(?:\\$\\w+)+");

    /**
     * Janino ignores access and reads binary names; javac does neither. A handler whose class is
     * private (Calcite binds RelMdPercentageOriginalRows to the cost handlers through private
     * subclasses) is held as its nearest public superclass, which declares every method the
     * dispatch calls but getDef (called through MetadataHandler); nested classes are written with dots.
     */
    static String javacReady(String code, List<? extends MetadataHandler<?>> handlers) {
        for (MetadataHandler<?> h : handlers) {
            code = code.replace(h.getClass().getName(), accessible(h.getClass()).getCanonicalName());
        }
        Matcher m = BINARY_NAME.matcher(code);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            try {
                m.appendReplacement(out, Matcher.quoteReplacement(Class.forName(m.group()).getCanonicalName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("generated code names an unknown class " + m.group(), e);
            }
        }
        m.appendTail(out);
        // getDef() is MetadataHandler's: the public superclass may not implement it
        return out.toString().replaceAll("return (provider\\d+)\\.getDef\\(\\);",
                "return ((org.apache.calcite.rel.metadata.MetadataHandler) $1).getDef();");
    }

    private static Class<?> accessible(Class<?> c) {
        Class<?> t = c;
        while (!isAccessible(t)) {
            t = t.getSuperclass();
        }
        return t;
    }

    private static boolean isAccessible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}

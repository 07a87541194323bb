package io.quire.sql;

import io.quire.sql.metadata.GeneratedMetadataHandlers;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.JaninoRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.MetadataHandlerProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;

/**
 * Calcite's metadata handlers (row counts, costs, collations... the planner asks them all the
 * time) from classes compiled with the driver ({@code io.quire.sql.metadata}, generated at build
 * time from Calcite's default provider by src/codegen/GenerateCalciteMetadataHandlers.java) rather
 * than generated and compiled by Janino in every process: that took about 65 ms of the first
 * query, and classes Janino defines cannot enter the JVM's AOT cache. The code is the code
 * Calcite would generate, for the same handlers, so plans are the same. A handler with no
 * generated class, or whose generated constructor does not take the providers this Calcite
 * offers (a different Calcite on the class path), comes from Janino as before.
 *
 * <p>The engine's clusters ask for metadata through {@link #query()}; the engine adds no metadata
 * provider of its own, and the planners' own providers (Hep, Volcano) add no handlers.
 */
public final class MetadataHandlers implements MetadataHandlerProvider {
    static final MetadataHandlers INSTANCE = new MetadataHandlers();

    private final ConcurrentMap<Class<?>, MetadataHandler<?>> handlers = new ConcurrentHashMap<>();
    private final JaninoRelMetadataProvider janino = JaninoRelMetadataProvider.of(DefaultRelMetadataProvider.INSTANCE);

    private MetadataHandlers() {
    }

    /** A fresh metadata query over these handlers (a cluster's metadata query supplier). */
    public static RelMetadataQuery query() {
        return new RelMetadataQuery(INSTANCE);
    }

    @Override
    public <MH extends MetadataHandler<?>> MH handler(Class<MH> handlerClass) {
        return revise(handlerClass);
    }

    @Override
    public <MH extends MetadataHandler<?>> MH revise(Class<MH> handlerClass) {
        return handlerClass.cast(handlers.computeIfAbsent(handlerClass, this::create));
    }

    private MetadataHandler<?> create(Class<?> handlerClass) {
        @SuppressWarnings("unchecked")
        Class<? extends MetadataHandler<?>> h = (Class<? extends MetadataHandler<?>>) handlerClass;
        MetadataHandler<?> generated = generated(h);
        return generated != null ? generated : janino.revise(h);
    }

    /** The build-time class for handlerClass over this Calcite's providers, or null. */
    static MetadataHandler<?> generated(Class<? extends MetadataHandler<?>> handlerClass) {
        Class<?> c = GeneratedMetadataHandlers.CLASSES.get(handlerClass);
        if (c == null) {
            return null;
        }
        List<? extends MetadataHandler<?>> providers =
                DefaultRelMetadataProvider.INSTANCE.handlers(handlerClass).stream().distinct().toList();
        Constructor<?> ctor = c.getConstructors()[0];
        Class<?>[] types = ctor.getParameterTypes();
        if (types.length != providers.size()) {
            return null;
        }
        for (int i = 0; i < types.length; i++) {
            if (!types[i].isInstance(providers.get(i))) {
                return null;
            }
        }
        try {
            return (MetadataHandler<?>) ctor.newInstance(providers.toArray());
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}

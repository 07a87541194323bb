package io.quire.proc;

import java.util.List;

/**
 * A source of procedures beyond the driver's own, found with {@link java.util.ServiceLoader}
 * (META-INF/services/io.quire.proc.ProcedureProvider): where a later data source or a test
 * adds its procedures without touching the registry.
 */
public interface ProcedureProvider {
    List<Procedure> procedures();
}

package io.quire.rest;

import java.util.function.Supplier;
import okhttp3.Call;

/**
 * Lets another thread cancel the work a statement is doing, including the HTTP call in
 * flight. The thread running a statement installs its scope; the transport registers each
 * call with it.
 */
public final class CancelScope {
    private static final ThreadLocal<CancelScope> CURRENT = new ThreadLocal<>();

    private volatile boolean cancelled;
    private volatile Call active;

    /** Runs work with this scope installed on the calling thread. */
    public <T> T run(Supplier<T> work) {
        CancelScope previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    public void cancel() {
        cancelled = true;
        Call c = active;
        if (c != null) {
            c.cancel();
        }
    }

    /** Clears a previous cancel so the statement can run again. */
    public void reset() {
        cancelled = false;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    static CancelScope current() {
        return CURRENT.get();
    }

    void begin(Call call) {
        active = call;
        if (cancelled) {
            call.cancel();
        }
    }

    void end() {
        active = null;
    }
}

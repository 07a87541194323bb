package io.quire.rest;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Interceptor;

/**
 * Lets another thread, or a timer, stop the work a statement is doing, including the HTTP
 * call in flight. The thread running a statement installs its scope; the transport registers
 * each call with it. A timeout is a cancel that remembers it was one, so the caller can report
 * HYT00 instead of HY008.
 */
public final class CancelScope {
    private static final ThreadLocal<CancelScope> CURRENT = new ThreadLocal<>();
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quire-timeouts");
        t.setDaemon(true);
        return t;
    });

    private volatile boolean cancelled;
    private volatile boolean timedOut;
    /** Calls in flight: one, or several while pages are prefetched in parallel. */
    private final java.util.Set<Call> active = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Runnable onCancel = () -> { };
    /** Wakes {@link #pause} when the scope is cancelled. */
    private final Object wake = new Object();
    /** Scopes of work started under this one (pages read ahead) that a cancel here stops too. */
    private final java.util.Set<CancelScope> children = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private CancelScope parent;

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

    /** Like {@link #run(Supplier)}, cancelling the work when it takes longer than timeoutSeconds (0: no limit). */
    public <T> T run(int timeoutSeconds, Supplier<T> work) {
        ScheduledFuture<?> timer = timeoutSeconds <= 0 ? null : TIMER.schedule(() -> {
            timedOut = true;
            cancel();
        }, timeoutSeconds, TimeUnit.SECONDS);
        try {
            return run(work);
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }

    /** What else a cancel must stop besides the HTTP call (the engine's own flag). */
    public void onCancel(Runnable action) {
        this.onCancel = action;
    }

    public void cancel() {
        cancelled = true;
        active.forEach(Call::cancel);
        children.forEach(CancelScope::cancel);
        onCancel.run();
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /**
     * A scope for part of this scope's work (requests sent ahead by a pager) that can be
     * cancelled alone, and is cancelled with this one; {@link #release()} it when done.
     */
    public CancelScope child() {
        CancelScope c = new CancelScope();
        c.parent = this;
        children.add(c);
        if (cancelled) {
            c.cancel();
        }
        return c;
    }

    /** Detaches a child scope from its parent. */
    public void release() {
        if (parent != null) {
            parent.children.remove(this);
        }
    }

    /** Clears a previous cancel or timeout so the statement can run again. */
    public void reset() {
        cancelled = false;
        timedOut = false;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isTimedOut() {
        return timedOut;
    }

    /** The scope installed on the calling thread, or null. */
    public static CancelScope current() {
        return CURRENT.get();
    }

    /**
     * An OkHttp application interceptor that registers each call with the calling thread's scope,
     * for clients used outside {@link RestTransport} (identity providers, token endpoints), so a
     * cancel or a login timeout stops their round trips too.
     */
    public static Interceptor interceptor() {
        return chain -> {
            CancelScope scope = current();
            if (scope == null) {
                return chain.proceed(chain.request());
            }
            scope.begin(chain.call());
            try {
                return chain.proceed(chain.request());
            } finally {
                scope.end(chain.call());
            }
        };
    }

    /**
     * Waits millis (a poll interval) unless the calling thread's scope is cancelled first.
     * Returns false when the wait was cut short by a cancel or a timeout.
     */
    public static boolean pause(long millis) throws InterruptedException {
        CancelScope scope = current();
        if (scope == null) {
            Thread.sleep(millis);
            return true;
        }
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (scope.wake) {
            while (!scope.cancelled) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return true;
                }
                scope.wake.wait(left);
            }
        }
        return false;
    }

    void begin(Call call) {
        active.add(call);
        if (cancelled) {
            call.cancel();
        }
    }

    void end(Call call) {
        active.remove(call);
    }
}

package org.reviewworkspace.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Where a cycle's time goes: the wall-clock time of each named step, summed over the cycles
 * measured, in the order the steps first ran. For one thread at a time; a cycle run without
 * measuring its steps passes {@link #NONE}.
 */
public final class StepTimes {

    /** Measures nothing. */
    public static final StepTimes NONE = new StepTimes();

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private int cycles;

    /** Runs {@code step} and adds its time to {@code name}. */
    public <T> T time(String name, Supplier<T> step) {
        long started = System.nanoTime();
        T result = step.get();
        if (this != NONE) {
            nanos.merge(name, System.nanoTime() - started, Long::sum);
        }
        return result;
    }

    public void time(String name, Runnable step) {
        time(name, () -> {
            step.run();
            return null;
        });
    }

    /** Marks the end of one cycle. */
    public void cycleDone() {
        cycles++;
    }

    /** "start 12 ms, plan 40 ms, …": the mean time of each step in one cycle. */
    public String perCycle() {
        return nanos.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f ms", e.getKey(), e.getValue() / 1e6 / Math.max(1, cycles)))
                .collect(Collectors.joining(", "));
    }
}

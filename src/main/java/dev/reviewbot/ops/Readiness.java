package dev.reviewbot.ops;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every readiness check of the process, and whether it is stopping: a stopping process is not ready, so a
 * load balancer or orchestrator sends it nothing new while answers in flight finish.
 */
public final class Readiness {

    private final List<ReadinessCheck> checks = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;

    public Readiness add(ReadinessCheck check) {
        checks.add(check);
        return this;
    }

    /** From now on the process reports itself not ready. */
    public void stopping() {
        stopping = true;
    }

    public Report report() {
        Map<String, String> down = new TreeMap<>();
        if (stopping) {
            down.put("process", "stopping");
        }
        for (ReadinessCheck check : checks) {
            check.problem().ifPresent(problem -> down.put(check.name(), problem));
        }
        return new Report(down.isEmpty(), Map.copyOf(down), checks.stream().map(ReadinessCheck::name).toList());
    }

    /**
     * @param down    what is down and why, by check name
     * @param checked the names of every check, up or down
     */
    public record Report(boolean ready, Map<String, String> down, List<String> checked) {
    }
}

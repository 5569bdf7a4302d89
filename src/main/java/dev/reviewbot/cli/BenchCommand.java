package dev.reviewbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark ingest, start-up and answer latency.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("bench is not built yet");
    }
}

/**
 * Operations: the HTTP port an orchestrator and Prometheus talk to ({@link dev.reviewbot.ops.OpsServer}:
 * /healthz, /readyz, /metrics), the readiness checks the wiring plugs in ({@link dev.reviewbot.ops.ReadinessCheck}:
 * the library, each chat connection, a database), the JVM's meters, the log format switch and the bounded
 * graceful stop. Knows no chat platform: the wiring hands it checks and meters.
 */
package dev.reviewbot.ops;

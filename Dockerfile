# syntax=docker/dockerfile:1
# ReviewBot: build with Maven, run on a JRE as a numeric non-root user.
#   docker build -t reviewbot .
#   docker run -e DISCORD_TOKEN_FILE=/run/secrets/discord_token -v /path/discord_token:/run/secrets/discord_token:ro \
#              -v reviewbot-data:/app/data/library -p 127.0.0.1:8081:8081 reviewbot
# README.md, Deployment, walks through the settings; compose.yaml runs PostgreSQL and two bots.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, in their own layer: a change to the sources does not download them again.
COPY pom.xml .
COPY .mvn .mvn
RUN mvn dependency:go-offline
COPY config config
COPY prompts prompts
COPY src src
RUN mvn -DskipTests package

FROM eclipse-temurin:17-jre
# A numeric user and group (10001), so that Kubernetes' runAsNonRoot can verify the image without a passwd lookup.
RUN groupadd --system --gid 10001 reviewbot \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --shell /usr/sbin/nologin reviewbot
WORKDIR /app
# Libraries change less often than the application jar: keep them in a layer of their own.
COPY --from=build /src/target/lib/ lib/
COPY --from=build /src/target/reviewbot.jar reviewbot.jar
COPY config/ config/
COPY prompts/ prompts/
# The bundled sample reviews, loaded only when REVIEWBOT_SEED_SAMPLES=true (e.g. to try `chat`).
COPY data/reviews/ data/reviews/
COPY --chmod=0755 docker/healthcheck /app/healthcheck
RUN mkdir -p data/library && chown 10001:10001 data/library
USER 10001:10001
# DJL_CACHE_DIR: ONNX Runtime and the tokenizer unpack native libraries at start-up, somewhere writable.
# The ops port is on (health, readiness, metrics), logs are JSON lines, and a production library starts empty.
# JAVA_OPTS: the heap follows the container's memory limit; an OutOfMemoryError restarts the container.
ENV DJL_CACHE_DIR=/tmp/djl \
    REVIEWBOT_OPS_PORT=8081 \
    REVIEWBOT_LOG_FORMAT=json \
    REVIEWBOT_SEED_SAMPLES=false \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/app/data/library"]
# 8081: the ops port. 3000: Slack HTTP mode (SLACK_PORT); Discord and Socket Mode need no inbound port.
EXPOSE 8081 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 CMD ["/app/healthcheck"]
# exec: java is PID 1 and gets docker stop's SIGTERM; the shutdown hook finishes answers within
# ops.shutdown-grace (7 s), inside Docker's 10 s before SIGKILL.
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS -Dreviewbot.home=/app -jar /app/reviewbot.jar \"$@\"", "reviewbot"]
CMD ["run"]

# syntax=docker/dockerfile:1
# ReviewBot: build with Maven, run on a JRE as a non-root user.
#   docker build -t reviewbot .
#   docker run -e DISCORD_TOKEN=... -v reviewbot-data:/app/data/library reviewbot

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
RUN groupadd --system reviewbot && useradd --system --gid reviewbot --home-dir /app reviewbot
WORKDIR /app
# Libraries change less often than the application jar: keep them in a layer of their own.
COPY --from=build /src/target/lib/ lib/
COPY --from=build /src/target/reviewbot.jar reviewbot.jar
COPY config/ config/
COPY prompts/ prompts/
COPY data/reviews/ data/reviews/
RUN mkdir -p data/library && chown reviewbot:reviewbot data/library
USER reviewbot
# ONNX Runtime and the tokenizer unpack native libraries at start-up: somewhere the user may write.
ENV DJL_CACHE_DIR=/tmp/djl
VOLUME ["/app/data/library"]
# Slack HTTP mode listens here (SLACK_PORT); Discord and Socket Mode need no inbound port.
EXPOSE 3000
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Dreviewbot.home=/app", "-jar", "/app/reviewbot.jar"]
CMD ["run"]

# syntax=docker/dockerfile:1
# Both deployables from one build, one image each:
#   docker build --target api -t haru-api .      docker build --target worker -t haru-worker .
# The build stage runs deploy/image-build.sh, the script CI runs in a clean copy of the repository,
# so what CI checks is what the images contain.

ARG JDK_IMAGE=eclipse-temurin:25-jdk
ARG JRE_IMAGE=eclipse-temurin:25-jre

FROM ${JDK_IMAGE} AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 deploy/image-build.sh

# What both images share: a JRE and an unprivileged user (numeric, so Kubernetes can verify runAsNonRoot).
FROM ${JRE_IMAGE} AS runtime
RUN groupadd --system --gid 10001 haru \
 && useradd --system --uid 10001 --gid haru --home-dir /app --no-create-home --shell /usr/sbin/nologin haru
WORKDIR /app
STOPSIGNAL SIGTERM

FROM runtime AS api
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/bootstrap-api/target/lib/ /app/lib/
COPY --from=build /src/bootstrap-api/target/haru-api.jar /app/haru-api.jar
# /tmp is the API's one writable folder (an emptyDir under Kubernetes' read-only root).
ENV PORT=8080 \
    HARU_PUSH_OUTBOX_FILE=/tmp/push-outbox.jsonl
EXPOSE 8080
USER 10001:10001
# Liveness only: readiness (/health/ready) also depends on the database, broker and store, and an
# orchestrator, not a restart, is what should react to those.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${PORT}/health/live" || exit 1
# Exec form: java is PID 1 and gets SIGTERM itself, then stops within HARU_SHUTDOWN_GRACE_MS.
# Extra JVM options go in JDK_JAVA_OPTIONS, which the java launcher reads.
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/haru-api.jar"]
CMD ["api"]

FROM runtime AS worker
# The distribution's FFmpeg (with libx264) rather than the bundled fallback; the build fails without libx264.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ffmpeg \
 && rm -rf /var/lib/apt/lists/* \
 && ffmpeg -hide_banner -encoders | grep -q libx264 \
 && mkdir /scratch && chown 10001:10001 /scratch
COPY --from=build /src/bootstrap-worker/target/lib/ /app/lib/
COPY --from=build /src/bootstrap-worker/target/haru-worker.jar /app/haru-worker.jar
# The worker empties HARU_WORK_DIR at start by deleting it, so it is a folder inside the mount
# point (/scratch), never the mount point itself.
ENV HARU_FFMPEG_PATH=/usr/bin/ffmpeg \
    HARU_FFPROBE_PATH=/usr/bin/ffprobe \
    HARU_WORK_DIR=/scratch/work
USER 10001:10001
# FFmpeg runs beside the JVM within the same memory limit, so the heap takes a quarter of it.
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-XX:MaxRAMPercentage=25", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/haru-worker.jar"]

# Build with the project's own Maven wrapper, run on a JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw dependency:go-offline -q
COPY processes processes
COPY decisions decisions
COPY src src
RUN ./mvnw package -DskipTests -q && cp target/k80-wendbaar-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10080 --home-dir /app k80
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER k80
EXPOSE 8080
# Heap as a share of the container's memory limit: fits a small VM. Dutch time, so that cron
# timers such as the semiannual report's 08:00 mean 08:00 in the Netherlands.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -Duser.timezone=Europe/Amsterdam"
# Safe by default: production (no demo users, secure cookies, administrator from the environment)
# unless told otherwise.
ENV SPRING_PROFILES_ACTIVE=prod
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]

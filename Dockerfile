# Builds and runs Tracker from this repository (used by docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home tracker
USER tracker
WORKDIR /home/tracker
COPY --from=build /src/tracker-api/target/tracker-api-*.jar /home/tracker/tracker.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Ddisable-axoniq-console-message=true", "-jar", "/home/tracker/tracker.jar"]

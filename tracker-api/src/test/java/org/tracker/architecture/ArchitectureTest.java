package org.tracker.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.tracker.development.api.DevelopmentType;

/**
 * The arrows between the parts of Tracker, each a named rule: a Spring-free core that depends on
 * nothing of the application, features that talk to each other through their {@code api} packages,
 * infrastructure that knows no feature, a web edge that does not touch the database, and stores
 * that neither answer HTTP nor send commands. Exceptions are named below, each with its reason; a
 * rule that selects no class fails (ArchUnit's default), so none can pass by matching nothing.
 */
@AnalyzeClasses(packages = "org.tracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Packages directly under org.tracker that are not features. */
  private static final Set<String> NOT_FEATURES =
      Set.of(
          "shared", // the shared kernel: partial dates, actor codes, localized text, projections
          "infrastructure", // wiring: Axon, the database, security, the web edge's plumbing
          "projection"); // the registry gathering every feature's projection declaration

  // ------------------------------------------------------------------------------------------
  // the core

  @ArchTest
  static final ArchRule coreKnowsNoSpringJdbcOrWeb =
      noClasses()
          .that(liveInTheCore())
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "java.sql..",
              "javax.sql..",
              "jakarta.servlet..",
              "org.tracker.infrastructure..",
              "com.fasterxml.jackson.databind..")
          .because("tracker-core is the domain: Axon's annotations are welcome, wiring is not");

  @ArchTest
  static final ArchRule coreDependsOnNothingOfTheApplication =
      noClasses()
          .that(liveInTheCore())
          .should()
          .dependOnClassesThat(
              describe(
                  "live only in tracker-api",
                  (JavaClass c) ->
                      !c.isArray()
                          && c.getPackageName().startsWith("org.tracker")
                          && !liveInTheCore().test(c)));

  // ------------------------------------------------------------------------------------------
  // features

  @ArchTest
  static final ArchRule featuresReachOtherFeaturesOnlyThroughTheirApi =
      classes().that().resideInAPackage("org.tracker..").should(reachOtherFeaturesOnlyThroughApi());

  // ------------------------------------------------------------------------------------------
  // infrastructure

  @ArchTest
  static final ArchRule infrastructureDoesNotKnowFeatures =
      noClasses()
          .that()
          .resideInAPackage("org.tracker.infrastructure..")
          .should()
          .dependOnClassesThat(belongToAFeature())
          .because(
              "infrastructure is wiring every feature may use; what it needs to know of"
                  + " projections it reads from their declarations (org.tracker.projection)");

  // ------------------------------------------------------------------------------------------
  // the web edge and the stores

  @ArchTest
  static final ArchRule webDoesNotUseJdbc =
      noClasses()
          .that()
          .resideInAPackage("..web..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                      "java.sql..", "javax.sql..", "org.springframework.jdbc..", "..jdbc..")
                  .and(not(assignableTo(Throwable.class))))
          .because(
              "the web edge validates, maps and sends, and reads through the features' ports;"
                  + " knowing the database's failures (to answer 503) is not using it");

  @ArchTest
  static final ArchRule storesDoNotUseTheWebOrSendCommands =
      noClasses()
          .that()
          .resideInAPackage("..jdbc..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                      "..web..",
                      "org.springframework.web..",
                      "org.springframework.http..",
                      "jakarta.servlet..")
                  .or(assignableTo(CommandGateway.class))
                  .or(assignableTo(CommandBus.class)))
          .because("a store keeps and reads rows; deciding and answering are done elsewhere");

  // Web and stores do not fold streams, and only the rule books decide what a stream records:
  // StreamBoundariesTest, beside the rule books' own tests.

  // ------------------------------------------------------------------------------------------

  private static ArchCondition<JavaClass> reachOtherFeaturesOnlyThroughApi() {
    return new ArchCondition<>("reach other features only through their api package") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String feature = feature(item.getPackageName());
        if (feature == null) {
          return;
        }
        item.getDirectDependenciesFromSelf()
            .forEach(
                dependency -> {
                  JavaClass target = dependency.getTargetClass();
                  String targetFeature = feature(target.getPackageName());
                  boolean crossing =
                      targetFeature != null
                          && !targetFeature.equals(feature)
                          && !target
                              .getPackageName()
                              .startsWith("org.tracker." + targetFeature + ".api");
                  if (crossing) {
                    events.add(
                        SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                  }
                });
      }
    };
  }

  private static DescribedPredicate<JavaClass> belongToAFeature() {
    return describe("belong to a feature", (JavaClass c) -> feature(c.getPackageName()) != null);
  }

  /** The feature a package belongs to, or null for the packages that are not features. */
  private static String feature(String packageName) {
    if (!packageName.startsWith("org.tracker.")) {
      return null;
    }
    String first = packageName.substring("org.tracker.".length()).split("\\.")[0];
    return NOT_FEATURES.contains(first) ? null : first;
  }

  /** Classes compiled in tracker-core (its directory or jar), whatever their package. */
  private static DescribedPredicate<JavaClass> liveInTheCore() {
    String core =
        DevelopmentType.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    return describe(
        "live in tracker-core",
        (JavaClass c) ->
            c.getSource().map(source -> source.getUri().toString().contains(core)).orElse(false));
  }
}

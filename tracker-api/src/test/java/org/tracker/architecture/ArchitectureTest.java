package org.tracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.net.URL;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracker.development.api.DevelopmentType;

/** Keeps the arrows of STYLE.md true: a Spring-free core, features talking through their api. */
class ArchitectureTest {

  /**
   * Packages under org.tracker that are not features ("projection" is the registry that gathers
   * every feature's projection declaration).
   */
  private static final Set<String> SHARED =
      Set.of("shared", "infrastructure", "testing", "architecture", "projection");

  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.tracker");

  private static final JavaClasses CORE = new ClassFileImporter().importUrl(coreLocation());

  @Test
  void theCoreKnowsNothingOfSpringJdbcOrTheWeb() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "java.sql..",
            "javax.sql..",
            "jakarta.servlet..",
            "org.tracker.infrastructure..",
            "com.fasterxml.jackson.databind..")
        .because("tracker-core is the domain: Axon's annotations are welcome, wiring is not")
        .check(CORE);
  }

  @Test
  void featuresTalkToOtherFeaturesOnlyThroughTheirApiPackages() {
    ArchRuleDefinition.classes()
        .that()
        .resideInAPackage("org.tracker..")
        .should(onlyReachOtherFeaturesThroughApi())
        .check(ALL);
  }

  @Test
  void theCoreDependsOnNothingOfTheApplication() {
    noClasses()
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "live only in tracker-api",
                (JavaClass c) ->
                    !c.isArray()
                        && c.getPackageName().startsWith("org.tracker")
                        && !CORE.contain(c.getName())))
        .check(CORE);
  }

  private static ArchCondition<JavaClass> onlyReachOtherFeaturesThroughApi() {
    return new ArchCondition<>("reach other features only through their api package") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String feature = feature(item.getPackageName());
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
                  if (crossing && feature != null) {
                    events.add(
                        SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                  }
                });
      }
    };
  }

  /** The feature a package belongs to, or null for shared and infrastructure packages. */
  private static String feature(String packageName) {
    if (!packageName.startsWith("org.tracker.")) {
      return null;
    }
    String first = packageName.substring("org.tracker.".length()).split("\\.")[0];
    return SHARED.contains(first) ? null : first;
  }

  private static URL coreLocation() {
    return DevelopmentType.class.getProtectionDomain().getCodeSource().getLocation();
  }
}

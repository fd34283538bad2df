package org.tracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tracker.shared.Refusal;

/**
 * Errors carry a category, not an HTTP status: the domain and the services refuse with {@link
 * Refusal}s, and the web edge alone turns a category into an answer, knowing no feature.
 */
class ErrorBoundariesTest {

  /** Packages under org.tracker that are not features. */
  private static final Set<String> NOT_FEATURES =
      Set.of("shared", "infrastructure", "testing", "architecture");

  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.tracker");

  @Test
  void theWebEdgeThatAnswersErrorsKnowsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.tracker.infrastructure.web..")
        .should()
        .dependOnClassesThat(IN_A_FEATURE)
        .because("a refusal is answered by its category, whichever feature refused")
        .check(ALL);
  }

  @Test
  void servicesRefuseWithoutSpeakingHttp() {
    noClasses()
        .that(OUTSIDE_THE_WEB_LAYER)
        .and()
        .resideInAPackage("org.tracker..")
        .should()
        .dependOnClassesThat(HTTP_TYPES)
        .because("a service says what kind of refusal it is; the edge decides the status")
        .check(ALL);
  }

  @Test
  void controllersRefuseWithRefusalsSoOneHandlerAnswersThem() {
    noClasses()
        .that()
        .resideInAPackage("org.tracker..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(org.springframework.web.ErrorResponseException.class)
        .because("a ResponseStatusException would be answered past the categories' handler")
        .check(ALL);
  }

  @Test
  void everyExceptionAFeatureThrowsIsARefusalWithACategory() {
    classes()
        .that()
        .areAssignableTo(Throwable.class)
        .and(IN_A_FEATURE_OR_SHARED)
        .should()
        .beAssignableTo(Refusal.class)
        .because("the edge answers a refusal by its category; anything else would be a 500")
        .check(ALL);
  }

  private static final DescribedPredicate<JavaClass> IN_A_FEATURE =
      DescribedPredicate.describe("reside in a feature", c -> feature(c) != null);

  private static final DescribedPredicate<JavaClass> IN_A_FEATURE_OR_SHARED =
      DescribedPredicate.describe(
          "reside in a feature or in shared",
          c -> feature(c) != null || c.getPackageName().startsWith("org.tracker.shared"));

  /** Controllers, the advice, filters and security: the classes that may speak HTTP. */
  private static final DescribedPredicate<JavaClass> OUTSIDE_THE_WEB_LAYER =
      DescribedPredicate.describe(
          "are outside the web layer (controllers, advice, filters, security)",
          c -> !inTheWebLayer(outermost(c)));

  /** Statuses, and the exceptions that carry one. */
  private static final DescribedPredicate<JavaClass> HTTP_TYPES =
      DescribedPredicate.describe(
          "carry an HTTP status (HttpStatus, ResponseStatusException, the web layer's refusals)",
          c ->
              c.isAssignableTo(org.springframework.http.HttpStatusCode.class)
                  || c.isAssignableTo(org.springframework.web.ErrorResponse.class)
                  || (c.getPackageName().equals("org.tracker.infrastructure.web")
                      && c.isAssignableTo(Refusal.class)));

  private static boolean inTheWebLayer(JavaClass c) {
    String pkg = c.getPackageName();
    return pkg.contains(".web")
        || pkg.startsWith("org.tracker.infrastructure.security")
        || c.isAnnotatedWith(RestController.class)
        || c.isAnnotatedWith(Controller.class)
        || c.isAnnotatedWith(RestControllerAdvice.class)
        || c.isAssignableTo(jakarta.servlet.Filter.class);
  }

  private static JavaClass outermost(JavaClass c) {
    JavaClass outer = c;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer;
  }

  /** The feature a class belongs to, or null for shared, infrastructure and outside classes. */
  private static String feature(JavaClass c) {
    String pkg = c.getPackageName();
    if (!pkg.startsWith("org.tracker.")) {
      return null;
    }
    String first = pkg.substring("org.tracker.".length()).split("\\.")[0];
    return NOT_FEATURES.contains(first) ? null : first;
  }
}

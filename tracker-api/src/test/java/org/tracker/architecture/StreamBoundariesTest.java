package org.tracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.tracker.development.DevelopmentLog;
import org.tracker.development.DevelopmentRules;
import org.tracker.development.api.DevelopmentEvent;
import org.tracker.watch.WatchItemRules;
import org.tracker.watch.WatchItems;
import org.tracker.watch.api.WatchItemEvent;

/**
 * Each rule of a stream lives once, in core's rule books ({@link DevelopmentRules}, {@link
 * WatchItemRules}): the application hands commands and events to them and never decides or folds a
 * stream itself.
 */
class StreamBoundariesTest {

  private static final JavaClasses APPLICATION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.tracker");

  @Test
  void webAndStoresDoNotFoldStreams() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("..web..", "..jdbc..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(DevelopmentEvent.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(WatchItemEvent.class)
            .because(
                "a stream's events are folded by its rule book; the web and the stores see states"
                    + " and views");
    rule.check(APPLICATION);
  }

  @Test
  void oneStreamIsReadOnlyWhereItsRuleBookFoldsIt() {
    ArchRule rule =
        noClasses()
            .that()
            .doNotBelongToAnyOf(DevelopmentLog.class, WatchItems.class)
            .should()
            .callMethod(
                org.axonframework.eventsourcing.eventstore.EventStore.class,
                "readEvents",
                String.class)
            .because(
                "DevelopmentLog and WatchItems read a stream and hand its events to the rule"
                    + " book; nobody else re-derives a stream's state");
    rule.check(APPLICATION);
  }

  @Test
  void nothingButTheRuleBooksDecidesWhatAStreamRecords() {
    ArchRule rule =
        noClasses()
            .that()
            .doNotBelongToAnyOf(DevelopmentRules.class, WatchItemRules.class)
            .and()
            .resideOutsideOfPackage("..development.api..")
            .and()
            .resideOutsideOfPackage("..watch.api..")
            .should()
            .callConstructorWhere(
                com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                        com.tngtech.archunit.base.DescribedPredicate.describe(
                            "an event of a stream",
                            (com.tngtech.archunit.core.domain.JavaClass c) ->
                                c.isAssignableTo(DevelopmentEvent.class)
                                    || c.isAssignableTo(WatchItemEvent.class)))))
            .because("only a rule book's decide() creates a stream's events");
    rule.check(APPLICATION);
  }
}

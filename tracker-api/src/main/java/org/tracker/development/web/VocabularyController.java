package org.tracker.development.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.development.api.AttributeSpec;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.Ladder;
import org.tracker.development.api.References;
import org.tracker.development.api.Rung;

/** The vocabulary as data, for forms and other tools (docs/vocabulary.md is the same, as prose). */
@RestController
@Tag(name = "Developments")
public class VocabularyController {

  private final References references;

  public VocabularyController(References references) {
    this.references = references;
  }

  /** One development type: what it means, how many actors, its attributes and codes. */
  public record TypeView(
      String type,
      String meaning,
      int minActors,
      Integer maxActors,
      boolean registration,
      List<AttributeSpec> attributes,
      String cameo,
      String plover) {}

  /**
   * The whole vocabulary: the types, and the partnership ladder in use (default and registered
   * rungs, lowest first) as codes ({@code partnershipLadder}) and as rungs with rank and names
   * ({@code ladder}).
   */
  public record Vocabulary(
      List<TypeView> types, List<String> partnershipLadder, List<Rung> ladder) {}

  @Operation(
      summary =
          "Every development type with its attributes, CAMEO code and PLOVER category, and the"
              + " partnership ladder in use")
  @GetMapping("/api/vocabulary")
  public Vocabulary vocabulary() {
    Ladder ladder = references.ladder();
    return new Vocabulary(
        Arrays.stream(DevelopmentType.values())
            .map(
                t ->
                    new TypeView(
                        t.name(),
                        t.meaning(),
                        t.minActors(),
                        t.maxActors() == Integer.MAX_VALUE ? null : t.maxActors(),
                        t.isRegistration(),
                        t.attributes(),
                        t.cameo().orElse(null),
                        t.plover().orElse(null)))
            .toList(),
        ladder.codes(),
        ladder.rungs());
  }
}

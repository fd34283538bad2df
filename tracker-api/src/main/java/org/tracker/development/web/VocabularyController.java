package org.tracker.development.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.development.api.AttributeSpec;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.PartnershipLevel;

/** The vocabulary as data, for forms and other tools (docs/vocabulary.md is the same, as prose). */
@RestController
@Tag(name = "Developments")
public class VocabularyController {

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

  /** The whole vocabulary. */
  public record Vocabulary(List<TypeView> types, List<PartnershipLevel> partnershipLadder) {}

  @Operation(summary = "Every development type with its attributes, CAMEO code and PLOVER category")
  @GetMapping("/api/vocabulary")
  public Vocabulary vocabulary() {
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
        List.of(PartnershipLevel.values()));
  }
}

package org.tracker.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tracker.development.api.DevelopmentType;

class VocabularyTableTest {

  private static final Path DOC = Path.of("..", "docs", "vocabulary.md");

  @Test
  void theDocumentedVocabularyIsTheCodesVocabulary() throws IOException {
    String generated = VocabularyTable.markdown();
    if (Boolean.getBoolean("tracker.docs.write")) {
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(generated);
  }

  @Test
  void everyWorldEventHasACameoCodeAndAPloverCategoryButRegistrationsAndRolesHaveNone() {
    for (DevelopmentType type : DevelopmentType.values()) {
      boolean event = type.isDated() && !DevelopmentType.role().contains(type);
      assertThat(type.cameo().isPresent()).as(type.name()).isEqualTo(event);
      assertThat(type.plover().isPresent()).as(type.name()).isEqualTo(event);
      type.cameo().ifPresent(code -> assertThat(code).matches("\\d{3,4}"));
    }
  }
}

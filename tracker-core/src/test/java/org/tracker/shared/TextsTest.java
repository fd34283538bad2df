package org.tracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Free text is kept exactly as written, so it must be text Unicode can carry. */
class TextsTest {

  @Test
  void aLoneHighOrLowSurrogateIsFoundWhereItIs() {
    assertThat(Texts.loneSurrogate("bad \ud800")).isEqualTo(4);
    assertThat(Texts.loneSurrogate("\udc00 first")).isZero();
    assertThat(Texts.loneSurrogate("ab\ud800x")).isEqualTo(2);
    assertThat(Texts.loneSurrogate("😀\ude00")).isEqualTo(2);
    assertThat(Texts.loneSurrogate("\ud83d\ud83d\ude00")).isZero();
  }

  @Test
  void textInEveryScriptIncludingPairsOutsideTheBasicPlaneIsWellFormed() {
    assertThat(Texts.loneSurrogate("")).isEqualTo(-1);
    assertThat(Texts.loneSurrogate("戰略夥伴關係 strategic partners")).isEqualTo(-1);
    assertThat(Texts.loneSurrogate("𠀀 emoji 😀 end")).isEqualTo(-1);
    assertThat(Texts.loneSurrogate("\ud800\udc00")).isEqualTo(-1);
  }
}

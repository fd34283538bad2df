package org.tracker.development.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An upload's lines: as UTF-8, a byte-order mark at its start ignored, bad bytes told. */
class LinesTest {

  private static List<String> lines(byte[] upload, int max) throws IOException {
    Lines lines = new Lines(new ByteArrayInputStream(upload), max);
    List<String> read = new ArrayList<>();
    while (lines.next()) {
      read.add(
          lines.tooLong() ? "<too long>" : lines.malformed() ? "<not UTF-8>" : lines.current());
    }
    return read;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void linesEndInLfOrCrlfAndKeepEveryScript() throws IOException {
    assertThat(lines(utf8("{\"a\":1}\r\n戰略夥伴關係 😀\n\nlast"), 100))
        .containsExactly("{\"a\":1}", "戰略夥伴關係 😀", "", "last");
  }

  @Test
  void aByteOrderMarkAtTheStartIsNotPartOfTheFirstLine() throws IOException {
    assertThat(lines(utf8("\uFEFF{}\n{}\n"), 100)).containsExactly("{}", "{}");
  }

  @Test
  void aByteOrderMarkArrivingOneByteAtATimeIsStillSkipped() throws IOException {
    byte[] upload = utf8("\uFEFF{}\n");
    InputStream trickle =
        new ByteArrayInputStream(upload) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1));
          }
        };
    Lines lines = new Lines(trickle, 100);
    assertThat(lines.next()).isTrue();
    assertThat(lines.current()).isEqualTo("{}");
  }

  @Test
  void aByteOrderMarkElsewhereIsKept() throws IOException {
    assertThat(lines(utf8("{}\n\uFEFF{}"), 100)).containsExactly("{}", "\uFEFF{}");
  }

  @Test
  void aLineThatIsNotUtf8IsToldAndTheOthersAreRead() throws IOException {
    byte[] upload = {'{', '}', '\n', '"', 'b', (byte) 0xC3, (byte) 0x28, '"', '\n', '{', '}'};
    assertThat(lines(upload, 100)).containsExactly("{}", "<not UTF-8>", "{}");
  }

  @Test
  void anEncodedSurrogateIsNotUtf8() throws IOException {
    byte[] upload = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
    assertThat(lines(upload, 100)).containsExactly("<not UTF-8>");
  }

  @Test
  void aLineOverTheMostIsToldAndTheNextIsReadWhole() throws IOException {
    assertThat(lines(utf8("x".repeat(50) + "\nshort\n"), 10))
        .containsExactly("<too long>", "short");
  }
}

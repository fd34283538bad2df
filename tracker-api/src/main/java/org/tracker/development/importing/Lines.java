package org.tracker.development.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a UTF-8 upload (ending in LF or CRLF), one at a time, keeping at most {@code max} +
 * 1 bytes of a line however long it is, so that an endless line cannot exhaust memory. A byte-order
 * mark at the start of the upload is not part of its first line; a line that is not valid UTF-8 is
 * told as such ({@link #malformed()}) rather than read with replacement characters.
 */
final class Lines {

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final int max;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder(); // reports bad bytes
  private final byte[] buffer = new byte[1 << 16];
  private byte[] line = new byte[1 << 10];
  private int length;
  private int position;
  private int limit;
  private boolean started;
  private String current;

  Lines(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  /** Reads the next line; false at the end of the upload. */
  boolean next() throws IOException {
    length = 0;
    current = null;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any;
        }
        if (!started) {
          skipByteOrderMark();
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      keep(start, Math.min(position - start, max + 1 - length));
      if (position < limit) {
        position++; // the newline
        if (length > 0 && length <= max && line[length - 1] == '\r') {
          length--;
        }
        return true;
      }
    }
  }

  /** Drops a byte-order mark at the very start (the first read holds at least its 3 bytes). */
  private void skipByteOrderMark() throws IOException {
    while (limit < BYTE_ORDER_MARK.length) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n <= 0) {
        break;
      }
      limit += n;
    }
    started = true;
    if (limit >= BYTE_ORDER_MARK.length
        && Arrays.equals(buffer, 0, BYTE_ORDER_MARK.length, BYTE_ORDER_MARK, 0, 3)) {
      position = BYTE_ORDER_MARK.length;
    }
  }

  private void keep(int start, int count) {
    if (count <= 0) {
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(buffer, start, line, length, count);
    length += count;
  }

  /** Whether the current line is longer than the most accepted. */
  boolean tooLong() {
    return length > max;
  }

  /** Whether the current line (not {@link #tooLong()}) is not valid UTF-8. */
  boolean malformed() {
    return !tooLong() && current() == null;
  }

  /**
   * The current line; null when it is not valid UTF-8. A line {@link #tooLong()} is cut short, its
   * bad bytes replaced.
   */
  String current() {
    if (current == null) {
      if (tooLong()) {
        return new String(line, 0, length, StandardCharsets.UTF_8);
      }
      try {
        current = utf8.decode(ByteBuffer.wrap(line, 0, length)).toString();
      } catch (CharacterCodingException e) {
        return null;
      }
    }
    return current;
  }
}

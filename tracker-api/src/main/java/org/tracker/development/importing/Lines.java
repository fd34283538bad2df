package org.tracker.development.importing;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of an upload (ending in LF or CRLF), one at a time, keeping at most {@code max} + 1
 * characters of a line however long it is, so that an endless line cannot exhaust memory.
 */
final class Lines {

  private final Reader reader;
  private final int max;
  private final char[] buffer = new char[1 << 16];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int limit;

  Lines(Reader reader, int max) {
    this.reader = reader;
    this.max = max;
  }

  /** Reads the next line; false at the end of the upload. */
  boolean next() throws IOException {
    line.setLength(0);
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = reader.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int room = max + 1 - line.length();
      if (room > 0) {
        line.append(buffer, start, Math.min(position - start, room));
      }
      if (position < limit) {
        position++; // the newline
        if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
          line.setLength(line.length() - 1);
        }
        return true;
      }
    }
  }

  /** Whether the current line is longer than the most accepted. */
  boolean tooLong() {
    return line.length() > max;
  }

  /** The current line (cut short when {@link #tooLong()}). */
  String current() {
    return line.toString();
  }
}

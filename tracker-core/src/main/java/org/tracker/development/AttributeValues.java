package org.tracker.development;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * What a few attribute kinds' values must be, read from JSON as it comes (see {@link DraftCheck}).
 */
final class AttributeValues {

  private AttributeValues() {}

  /** The value as an int when it is a JSON number with no fraction that fits one; else null. */
  static Integer wholeNumber(Object value) {
    if (value instanceof Number n) {
      try {
        return new BigDecimal(n.toString()).intValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** Whether the value is an absolute http(s) URL with a host. */
  static boolean isHttpUrl(Object value) {
    if (!(value instanceof String s)) {
      return false;
    }
    try {
      URI uri = new URI(s);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

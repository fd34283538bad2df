package org.tracker.development.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracker.shared.LocalizedText;

/**
 * The partnership ladder, lowest rung first: the default rungs (from the data resource {@code
 * org/tracker/vocabulary/ladder.txt}) and those analysts registered (PARTNERSHIP_LEVEL_REGISTERED).
 * {@link #NONE} is the bottom. Levels are compared by rank, never by their place in a list, so a
 * registered rung can sit between two default ones.
 */
public final class Ladder {

  /** The bottom rung's code: no partnership. */
  public static final String NONE = "NONE";

  private static final String RESOURCE = "/org/tracker/vocabulary/ladder.txt";
  private static final Set<String> YIELDING = new HashSet<>();
  private static final Ladder DEFAULTS = new Ladder(read(), List.of());

  private final List<Rung> defaults;
  private final List<Rung> rungs;

  private Ladder(List<Rung> defaults, List<Rung> registered) {
    this.defaults = List.copyOf(defaults);
    List<Rung> all = new ArrayList<>(defaults);
    all.addAll(registered);
    all.sort(Comparator.comparingInt(Rung::rank));
    this.rungs = List.copyOf(all);
  }

  /** The default ladder, without registered rungs. */
  public static Ladder defaults() {
    return DEFAULTS;
  }

  /**
   * This ladder with registered rungs added.
   *
   * <p>A default rung added after analysts could register rungs ("+" in the file) gives way to a
   * registered rung of its code or rank (the developments recorded with it keep their meaning).
   *
   * @throws IllegalArgumentException when a rung's code or rank is already on the ladder, or its
   *     rank is not above NONE's
   */
  public Ladder with(Collection<Rung> registered) {
    Ladder ladder = this;
    for (Rung rung : registered) {
      ladder = ladder.givingWayTo(rung);
      Optional<String> refused =
          ladder.rung(rung.code()).isPresent()
              ? Optional.of(rung.code() + " is already a rung of the ladder")
              : ladder.rankRefusal(rung.rank());
      if (refused.isPresent()) {
        throw new IllegalArgumentException(refused.get());
      }
      List<Rung> added = new ArrayList<>(ladder.registered());
      added.add(rung);
      ladder = new Ladder(ladder.defaults, added);
    }
    return ladder;
  }

  /**
   * Why a new rung could not take this rank, if it could not: the rank is not above NONE's, or
   * another rung has it.
   */
  public Optional<String> rankRefusal(int rank) {
    if (rank <= none().rank()) {
      return Optional.of("must be above NONE's rank (" + none().rank() + ")");
    }
    return rungs.stream()
        .filter(r -> r.rank() == rank)
        .findFirst()
        .map(r -> "rank " + rank + " is " + r.code() + "'s; every rung has a rank of its own");
  }

  /**
   * This ladder without the yielding default rungs ("+" in the file) of the rung's code or rank.
   */
  private Ladder givingWayTo(Rung rung) {
    List<Rung> kept =
        defaults.stream()
            .filter(
                d ->
                    !YIELDING.contains(d.code())
                        || !(d.code().equals(rung.code()) || d.rank() == rung.rank()))
            .toList();
    return kept.size() == defaults.size() ? this : new Ladder(kept, registered());
  }

  /** This ladder without the registered rung of this code (a default rung stays). */
  public Ladder without(String code) {
    List<Rung> kept = registered().stream().filter(r -> !r.code().equals(code)).toList();
    return kept.size() == registered().size() ? this : new Ladder(defaults, kept);
  }

  /** Every rung, lowest first. */
  public List<Rung> rungs() {
    return rungs;
  }

  /** Every rung's code, lowest first. */
  public List<String> codes() {
    return rungs.stream().map(Rung::code).toList();
  }

  public Optional<Rung> rung(String code) {
    return rungs.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /** The bottom rung: no partnership. */
  public Rung none() {
    return defaults.get(0);
  }

  /** The rungs analysts registered, lowest first. */
  public List<Rung> registered() {
    return rungs.stream().filter(r -> !defaults.contains(r)).toList();
  }

  private static List<Rung> read() {
    try (InputStream in = Ladder.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rungs from lines of {@code code | rank | name | name ...} under a header naming the tags. */
  private static List<Rung> parse(BufferedReader reader) throws IOException {
    List<String> header = null;
    List<Rung> rungs = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = List.of(line.split("\\|", -1)).stream().map(String::strip).toList();
      if (header == null) {
        header = fields;
        continue;
      }
      if (fields.size() != header.size()) {
        throw new IllegalStateException(RESOURCE + ": '" + line + "' does not match its header");
      }
      Map<String, String> names = new LinkedHashMap<>();
      for (int i = 2; i < fields.size(); i++) {
        names.put(header.get(i), fields.get(i));
      }
      String code = fields.get(0);
      if (code.startsWith("+")) {
        code = code.substring(1);
        YIELDING.add(code);
      }
      rungs.add(new Rung(code, Integer.parseInt(fields.get(1)), LocalizedText.of(names)));
    }
    if (rungs.isEmpty() || !rungs.get(0).code().equals(NONE)) {
      throw new IllegalStateException(RESOURCE + " must start with " + NONE);
    }
    for (int i = 1; i < rungs.size(); i++) {
      if (!rungs.get(i).isAbove(rungs.get(i - 1))) {
        throw new IllegalStateException(RESOURCE + ": ranks must rise, lowest rung first");
      }
    }
    return rungs;
  }
}

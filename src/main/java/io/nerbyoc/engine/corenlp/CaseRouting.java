package io.nerbyoc.engine.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import io.nerbyoc.core.Casing;
import io.nerbyoc.engine.casing.TrueCaser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What happens to sentences whose capitals say nothing ({@link Casing} other than NORMAL): the
 * truecaser re-cases them for the cased CRFs, and/or CRFs trained on lower-cased text tag them
 * (after the cased CRFs, on tokens still free). {@link #NONE} leaves them to the cased CRFs, as before.
 */
final class CaseRouting {
  static final CaseRouting NONE = new CaseRouting((TrueCaser) null, List.of(), Set.of());

  /** The truecaser, possibly still loading (it is not needed for cased text), or null for none. */
  private final CompletableFuture<TrueCaser> truecaser;
  final List<CrfTagger> caseless;
  /** Per caseless tagger, the labels it may add (those no earlier tagger has). */
  final List<Set<String>> caselessAllowed;
  private final Set<Casing> routed;

  CaseRouting(TrueCaser truecaser, List<CrfTagger> caseless, Set<Casing> routed) {
    this(truecaser == null ? null : CompletableFuture.completedFuture(truecaser), caseless, routed);
  }

  private CaseRouting(CompletableFuture<TrueCaser> truecaser, List<CrfTagger> caseless, Set<Casing> routed) {
    this.truecaser = truecaser;
    this.caseless = List.copyOf(caseless);
    this.caselessAllowed = combinerAllowed(caseless);
    this.routed = truecaser == null && caseless.isEmpty() ? Set.of() : Set.copyOf(routed);
  }

  /** Every sentence without informative case goes through {@code truecaser} (may be null) and {@code caseless}. */
  static CaseRouting of(TrueCaser truecaser, List<CrfTagger> caseless) {
    return new CaseRouting(truecaser, caseless, Set.of(Casing.UPPER, Casing.LOWER, Casing.TITLE));
  }

  /** As {@link #of(TrueCaser, List)}, with a truecaser that may still be loading; the first sentence to need it waits. */
  static CaseRouting loading(CompletableFuture<TrueCaser> truecaser, List<CrfTagger> caseless) {
    return new CaseRouting(truecaser, caseless, Set.of(Casing.UPPER, Casing.LOWER, Casing.TITLE));
  }

  boolean routes(Casing c) {
    return routed.contains(c);
  }

  /** The tokens the cased CRFs should see: re-cased when there is a truecaser, else null (skip them). */
  List<CoreLabel> casedInput(List<CoreLabel> tokens) {
    return truecaser == null ? null : EmbeddedModels.join(truecaser).recase(tokens);
  }

  Set<String> labels() {
    Set<String> all = new LinkedHashSet<>();
    caseless.forEach(t -> all.addAll(t.labels()));
    return all;
  }

  /** CoreNLP's NER combiner: a later CRF adds only labels no earlier CRF has. */
  static List<Set<String>> combinerAllowed(List<CrfTagger> taggers) {
    List<Set<String>> allow = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CrfTagger t : taggers) {
      Set<String> mine = new HashSet<>(t.labels());
      mine.removeAll(seen);
      allow.add(Set.copyOf(mine));
      seen.addAll(t.labels());
    }
    return List.copyOf(allow);
  }
}

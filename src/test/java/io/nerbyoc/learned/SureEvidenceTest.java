package io.nerbyoc.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nerbyoc.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the decider may reshape but not lose (StackedRecognizer.withSureEvidence). */
class SureEvidenceTest {
  private static Entity grammar(int start, int end, String label, String text) {
    return new Entity(start, end, label, text, 0.95, "rules:numbers");
  }

  @Test
  void a_date_or_a_time_the_grammar_read_comes_back_when_the_decider_dropped_it() {
    // "Apple paid $2 billion last Friday at 8 p.m., ..."
    Entity apple = new Entity(0, 5, "ORG", "Apple", 0.9, "learned:x");
    Entity friday = grammar(22, 33, "DATE", "last Friday");
    Entity evening = grammar(37, 43, "TIME", "8 p.m.");
    assertEquals(List.of(apple, friday, evening),
        StackedRecognizer.withSureEvidence(List.of(apple), List.of(friday, evening)));
  }

  @Test
  void a_time_next_to_what_the_decider_kept_is_a_piece_of_it_and_stays_out() {
    // "Feb 1 2015 11:11 PM": the decider kept the date; the grammar's time beside it is not lost.
    Entity date = new Entity(0, 10, "DATE", "Feb 1 2015", 0.9, "learned:x");
    Entity time = grammar(11, 19, "TIME", "11:11 PM");
    assertEquals(List.of(date), StackedRecognizer.withSureEvidence(List.of(date), List.of(time)));
  }

  @Test
  void unsure_evidence_and_other_grammar_types_stay_the_deciders_call() {
    Entity unsure = new Entity(10, 16, "TIME", "8 p.m.", 0.6, "rules:numbers");
    Entity count = grammar(0, 5, "CARDINAL", "three");
    assertEquals(List.of(), StackedRecognizer.withSureEvidence(List.of(), List.of(count, unsure)));
  }
}

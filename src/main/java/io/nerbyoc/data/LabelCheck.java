package io.nerbyoc.data;

import io.nerbyoc.core.GoldSpan;

/**
 * Entity labels must be plain names. Quotes, brackets, commas or spaces in a label are left over
 * from another format read wrongly (spaCy v2's {@code [s, e, "DRUG"]]}]} once became a label), so
 * they stop the job with the reason instead of training a model that answers them.
 */
final class LabelCheck {
  private static final String FORBIDDEN = "\"'[]{}(),\\";

  private LabelCheck() {}

  static void check(String label, String where) {
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (FORBIDDEN.indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new DataFormatException(where + ": the label '" + ConllReader.abbreviate(label) + "' contains "
            + describe(c) + "; labels are plain names such as ORG or creative-work. A label like this usually means "
            + "the file was read in another format than it is written in (README \"Data formats\" says how each is "
            + "detected): check the file's first line.");
      }
    }
  }

  /** The document's labels checked; the document itself. */
  static LabelledDoc checked(LabelledDoc doc) {
    for (GoldSpan s : doc.spans()) {
      check(s.label(), doc.origin());
    }
    return doc;
  }

  private static String describe(char c) {
    return Character.isWhitespace(c) || Character.isISOControl(c)
        ? String.format(java.util.Locale.ROOT, "the character U+%04X", (int) c)
        : "'" + c + "'";
  }
}

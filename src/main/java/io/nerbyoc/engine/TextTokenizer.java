package io.nerbyoc.engine;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.TextBounds;
import io.nerbyoc.core.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The server's CoreNLP tokenizer and sentence splitter, for training and for the OpenNLP
 * recognizer: one tokenisation everywhere, so a model never meets tokens it was not trained on.
 * Thread-safe (CoreNLP's tokenize/ssplit annotators are).
 */
public final class TextTokenizer implements Function<String, List<List<Token>>> {
  private final StanfordCoreNLP pipeline;

  public TextTokenizer(NewlineMode newlines) {
    this.pipeline = new StanfordCoreNLP(CoreNlpRecognizer.tokenizerProperties(newlines));
  }

  @Override
  public List<List<Token>> apply(String text) {
    return apply(text, Checkpoint.NONE);
  }

  /** Sentences of tokens with UTF-16 offsets into {@code text}; bounded work (see {@link TextBounds}). */
  public List<List<Token>> apply(String text, Checkpoint checkpoint) {
    List<List<Token>> out = new ArrayList<>();
    for (List<CoreLabel> sentence : CoreNlpRecognizer.sentences(pipeline, text, checkpoint)) {
      List<Token> tokens = new ArrayList<>(sentence.size());
      for (CoreLabel t : sentence) {
        tokens.add(new Token(t.word(), t.beginPosition(), t.endPosition()));
      }
      out.add(tokens);
    }
    return out;
  }
}

package io.nerbyoc.engine.opennlp;

import io.nerbyoc.engine.corenlp.PretrainedFeatures;
import io.nerbyoc.engine.corenlp.TextTokenizer;
import io.nerbyoc.pipeline.ModelLoadException;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.Document;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * A trained OpenNLP name finder over the document's CoreNLP tokens. NameFinderME keeps
 * per-document state and is not thread-safe in 2.5.x, and its {@code clearAdaptiveData} does not
 * clear all of that state (a text's entities depended on the documents its worker had served
 * before: ReleaseCompatibilityIT), so every document gets a new one (about 0.25 ms, against a few
 * ms to tag a document). ThreadSafeNameFinderME would hide the span probabilities we return as
 * scores.
 */
final class OpenNlpRecognizer implements Recognizer {
  private final TextTokenizer tokenizer;
  private final TokenNameFinderModel model;
  private final Set<String> labels;
  private final String description;
  private final PretrainedFeatures.TokenFeatures features; // null unless trained with them

  OpenNlpRecognizer(Path modelFile, Set<String> labels, NewlineMode newlines, String description,
      PretrainedFeatures.TokenFeatures features) {
    if (!Files.isRegularFile(modelFile)) {
      throw new ModelLoadException(modelFile, "the file does not exist");
    }
    TokenNameFinderModel model;
    try {
      model = new TokenNameFinderModel(modelFile);
    } catch (IOException | RuntimeException e) {
      throw new ModelLoadException(modelFile,
          "it is not a readable OpenNLP name finder model (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
    this.tokenizer = TextTokenizer.of(newlines);
    this.model = model;
    this.labels = Set.copyOf(labels);
    this.description = description;
    this.features = features;
  }

  @Override
  public List<Entity> recognize(Document doc, Checkpoint checkpoint) {
    NameFinderME f = new NameFinderME(model); // one document, one finder (see above)
    List<Entity> out = new ArrayList<>();
    List<List<Token>> sentences = doc.sentences(tokenizer, checkpoint);
    for (int n = 0; n < sentences.size(); n++) {
      List<Token> sentence = sentences.get(n);
      checkpoint.reached();
      if (sentence.isEmpty()) {
        continue;
      }
      String[] words = new String[sentence.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = sentence.get(i).word();
      }
      String[][] context = features == null ? null
          : PretrainedFeatures.additionalContext(PretrainedFeatures.of(doc, tokenizer, features, n), words.length);
      for (Span s : f.find(words, context)) {
        int begin = sentence.get(s.getStart()).begin();
        int end = sentence.get(s.getEnd() - 1).end();
        out.add(doc.entity(begin, end, s.getType(), s.getProb(), "opennlp"));
      }
    }
    return out;
  }

  @Override
  public Set<String> labels() {
    return labels;
  }

  @Override
  public String describe() {
    return description;
  }
}

package io.nerbyoc.spacy.nn;

import io.nerbyoc.spacy.format.ThincModel;
import java.io.IOException;

/**
 * Builds a {@link ParserModel} from a NER's thinc file: the parser_model node's "lower" and
 * "upper" references, and the linear layer that projects token vectors to the hidden width.
 */
public final class ParserLoader {
  private ParserLoader() {}

  public static ParserModel build(ThincModel m) throws IOException {
    ThincModel.Node root = m.node(0);
    if (!root.name().equals("parser_model")) {
      throw new IOException("the first layer is " + root.name() + ", not parser_model (TransitionBasedParser)");
    }
    Integer lowerRef = root.refs().get("lower");
    Integer upperRef = root.refs().get("upper");
    if (lowerRef == null) {
      throw new IOException("parser_model has no lower layer");
    }
    ThincModel.Node lower = m.node(lowerRef);
    int nF = lower.dim("nF");
    int nO = lower.dim("nO");
    int nP = lower.dim("nP");
    int nI = lower.dim("nI");
    Linear upper = null;
    if (upperRef != null && m.node(upperRef).params().containsKey("W")) {
      ThincModel.Node u = m.node(upperRef);
      upper = linear(u);
    }
    Linear projection = null;
    for (ThincModel.Node n : m.named("linear")) {
      if (upperRef == null || n.index() != upperRef) {
        projection = linear(n);
      }
    }
    if (projection == null || projection.nO() != nI) {
      throw new IOException("no linear layer projecting the token vectors to the lower layer's width " + nI);
    }
    return new ParserModel(projection, nF, nO, nP, lower.param("W").floats("lower W", nF, nO, nP, nI),
        lower.param("b").floats("lower b", nO, nP), lower.param("pad").floats("lower pad", 1, nF, nO, nP), upper);
  }

  private static Linear linear(ThincModel.Node n) throws IOException {
    int nO = n.dim("nO");
    int nI = n.dim("nI");
    return new Linear(nO, nI, n.param("W").floats("linear W", nO, nI), n.param("b").floats("linear b", nO));
  }
}

package dev.tablebook.engine.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.doctree.DocCommentTree;
import org.junit.jupiter.api.Test;

class JavadocTextTest {
  private static final String COMMENT = """
       Returns a new {@code String} composed of copies of the elements joined with a
       {@linkplain CharSequence delimiter}. See {@link java.util.StringJoiner#add}.
       <p>For example, &lt;b&gt;
       <ul><li>one</li><li>two</li></ul>

       @param delimiter the delimiter that separates each element
       @param elements the elements to join together.
       @return a new {@code String} that is composed of the {@code elements}
       @throws NullPointerException If {@code delimiter} or {@code elements} is {@code null}
       @since 1.8
      """;

  private static DocCommentTree comment() {
    return DocComments.ofText(COMMENT).orElseThrow();
  }

  @Test
  void theSummaryIsTheFirstSentence() {
    assertEquals("Returns a new String composed of copies of the elements joined with a delimiter.",
        JavadocText.summary(comment()));
  }

  @Test
  void theFullTextHasTheBodyAndTheLabelledTags() {
    assertEquals("""
        Returns a new String composed of copies of the elements joined with a delimiter. See java.util.StringJoiner.add.

        For example, <b>

         - one
         - two

        Parameters:
          delimiter - the delimiter that separates each element
          elements - the elements to join together.

        Returns:
          a new String that is composed of the elements

        Throws:
          NullPointerException - If delimiter or elements is null

        Since:
          1.8""", JavadocText.full(comment()));
  }
}

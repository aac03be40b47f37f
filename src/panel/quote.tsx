import type { Content, Quote as QuoteData } from "../content/schema";
import { articleCitation } from "./format";

type Props = {
  quote: QuoteData;
  content: Pick<Content, "article">;
  /** False where the article's full citation is given once nearby (the printed handout). */
  cite?: boolean;
};

/** A short verbatim quotation from the article with its paragraph and the article's citation. */
export function Quote({ quote, content, cite = true }: Props) {
  return (
    <figure className={cite ? "quote" : "quote quote-inline"}>
      <blockquote>“{quote.text}”</blockquote>
      <figcaption>
        <span className="para">¶{quote.paragraph}</span>
        {cite && (
          <>
            {" "}
            <cite>{articleCitation(content)}</cite>
          </>
        )}
      </figcaption>
    </figure>
  );
}

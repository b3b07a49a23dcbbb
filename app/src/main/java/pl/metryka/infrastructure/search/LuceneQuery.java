package pl.metryka.infrastructure.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import pl.metryka.application.search.SearchStore.Criteria;
import pl.metryka.application.search.SearchTerms;

/** The Lucene query of a search over the fields {@link LuceneIndex} writes. Pure. */
final class LuceneQuery {

    private static final float TITLE_WORD = 8f;
    private static final float TITLE_PREFIX = 4f;
    /** For each query word met in its exact form (as a word prefix): more than any lemma-only match scores. */
    private static final float EXACT = 20f;

    private static final float TITLE_LEMMA_MATCH = 2f;
    private static final float TEXT_LEMMA_MATCH = 1f;

    private LuceneQuery() {}

    /**
     * Every query word must start a word of the title or text (as {@code +word*} in FULLTEXT) or share
     * a lemma with one; each quoted phrase must occur as written (folded). A word met in its exact form
     * scores {@link #EXACT}, more than any other form could, so exact forms rank first; then a whole
     * title word, a title word starting with it, BM25 over the text; another form scores a little.
     */
    static Query of(Criteria c) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        SearchTerms terms = c.terms();
        // a phrase's words need no clause of their own: the phrase requires them in their exact form
        Set<String> inPhrases = new HashSet<>();
        terms.phrases().forEach(inPhrases::addAll);
        for (String word : terms.words()) {
            if (inPhrases.contains(word)) {
                continue;
            }
            BooleanQuery.Builder forms = new BooleanQuery.Builder()
                    .add(
                            new BoostQuery(
                                    new ConstantScoreQuery(new PrefixQuery(new Term("title", word))),
                                    EXACT + TITLE_PREFIX),
                            Occur.SHOULD)
                    .add(
                            new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term("text", word))), EXACT),
                            Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term("title", word)), TITLE_WORD), Occur.SHOULD)
                    .add(new TermQuery(new Term("text", word)), Occur.SHOULD);
            if (word.length() >= SearchTerms.MIN_INDEXED) {
                List<BytesRef> lemmas = PolishLemmas.ofQueryWord(terms.typedForm(word)).stream()
                        .map(BytesRef::new)
                        .toList();
                forms.add(
                        new BoostQuery(
                                new ConstantScoreQuery(new TermInSetQuery(LuceneIndex.TITLE_LEMMA, lemmas)),
                                TITLE_LEMMA_MATCH),
                        Occur.SHOULD);
                forms.add(
                        new BoostQuery(
                                new ConstantScoreQuery(new TermInSetQuery(LuceneIndex.TEXT_LEMMA, lemmas)),
                                TEXT_LEMMA_MATCH),
                        Occur.SHOULD);
            }
            q.add(forms.build(), Occur.MUST);
        }
        for (List<String> phrase : terms.phrases()) {
            q.add(
                    new BooleanQuery.Builder()
                            .add(
                                    new BoostQuery(
                                            new PhraseQuery("title", phrase.toArray(String[]::new)),
                                            EXACT + TITLE_WORD),
                                    Occur.SHOULD)
                            .add(
                                    new BoostQuery(new PhraseQuery("text", phrase.toArray(String[]::new)), EXACT),
                                    Occur.SHOULD)
                            .build(),
                    Occur.MUST);
        }
        if (!c.includeWithdrawn()) {
            q.add(new TermQuery(new Term("status", "PUBLISHED")), Occur.FILTER);
        }
        if (c.excludeArchived()) {
            q.add(new TermQuery(new Term("archived", "0")), Occur.FILTER);
        }
        if (!c.categoryIds().isEmpty()) {
            q.add(
                    LongField.newSetQuery(
                            "category",
                            c.categoryIds().stream().mapToLong(Long::longValue).toArray()),
                    Occur.FILTER);
        }
        if (c.from() != null || c.to() != null) {
            long from = c.from() == null ? Long.MIN_VALUE : c.from().toEpochMilli();
            long to = c.to() == null ? Long.MAX_VALUE : c.to().toEpochMilli() - 1;
            q.add(LongField.newRangeQuery("published", from, to), Occur.FILTER);
        }
        return q.build();
    }
}

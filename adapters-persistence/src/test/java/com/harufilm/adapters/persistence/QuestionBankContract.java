package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.QuestionBank;
import com.harufilm.domain.question.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What QuestionBank promises, on the bank the migrations fill, run against every database. */
abstract class QuestionBankContract extends PersistenceContract {

    QuestionBank bank() {
        return adapters.questions();
    }

    @Test
    void theBankHoldsEnoughQuestionsNumberedOneToSize() {
        int size = bank().size();

        assertTrue(size >= 60, "only " + size + " questions");
        assertEquals(size, bank().size());
        assertEquals(List.of(1, size), bank().byIds(List.of(1, size)).stream().map(Question::id).toList());
        assertEquals(List.of(), bank().byIds(List.of(size + 1)));
    }

    @Test
    void questionsComeInTheOrderAskedWithBothTexts() {
        List<Question> found = bank().byIds(List.of(42, 7, 13, 7));

        assertEquals(List.of(42, 7, 13, 7), found.stream().map(Question::id).toList());
        assertTrue(found.stream().allMatch(question -> !question.korean().isBlank() && !question.english().isBlank()));
        assertFalse(found.get(0).korean().equals(found.get(0).english()));
        assertEquals(List.of(), bank().byIds(List.of()));
    }
}

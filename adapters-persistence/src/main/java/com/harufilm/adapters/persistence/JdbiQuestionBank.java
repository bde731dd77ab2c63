package com.harufilm.adapters.persistence;

import static java.util.stream.Collectors.toMap;

import com.harufilm.application.port.out.QuestionBank;
import com.harufilm.domain.question.Question;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The prompts in the questions table, which only migrations fill, so its size is read once. */
final class JdbiQuestionBank implements QuestionBank {

    private final JdbiHandles handles;
    // Read on first use rather than here: the process starts even while the database is down.
    private volatile int size = -1;

    JdbiQuestionBank(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public int size() {
        int known = size;
        if (known < 0) {
            known = handles.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM questions").mapTo(Integer.class).one());
            size = known;
        }
        return known;
    }

    @Override
    public List<Question> byIds(List<Integer> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Integer, Question> found = handles.withHandle(handle -> handle.createQuery(
                        "SELECT id, text_ko, text_en FROM questions WHERE id IN (<ids>)")
                .bindList("ids", ids.stream().distinct().toList())
                .map((rs, ctx) -> new Question(rs.getInt("id"), rs.getString("text_ko"), rs.getString("text_en")))
                .stream()
                .collect(toMap(Question::id, Function.identity())));
        // In the order asked; an id the bank does not hold is left out.
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}

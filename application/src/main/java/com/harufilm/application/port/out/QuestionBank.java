package com.harufilm.application.port.out;

import com.harufilm.domain.question.Question;
import java.util.List;

/** The prompts the app shows to help people film their day. */
public interface QuestionBank {

    /** How many questions there are; their ids are 1..size. */
    int size();

    /** The questions with these ids, in the order asked. */
    List<Question> byIds(List<Integer> ids);
}

package com.harufilm.domain.question;

import com.harufilm.domain.user.UserLocale;

/** A prompt of the day, in every language the app speaks. */
public record Question(int id, String korean, String english) {

    public String text(UserLocale locale) {
        return locale == UserLocale.EN ? english : korean;
    }
}

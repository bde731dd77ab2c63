package com.harufilm.application.notification;

import com.harufilm.domain.user.UserLocale;

/** What each notice says, in Korean and English. */
final class NoticeTexts {

    /** A notice's title and body. */
    record Text(String title, String body) {
    }

    private NoticeTexts() {
    }

    static Text uploadCompleted(UserLocale locale) {
        return locale == UserLocale.EN
                ? new Text("Upload complete", "Your video is up. We're getting it ready to watch.")
                : new Text("업로드 완료", "영상이 올라갔어요. 볼 수 있게 준비하고 있어요.");
    }

    static Text uploadExpired(UserLocale locale) {
        return locale == UserLocale.EN
                ? new Text("Upload not finished", "Your upload stopped before it finished. Please film or upload it again.")
                : new Text("업로드가 끝나지 않았어요", "업로드가 중간에 멈췄어요. 다시 올려 주세요.");
    }

    static Text encodingCompleted(UserLocale locale) {
        return locale == UserLocale.EN
                ? new Text("Your day is ready", "Today's video is ready to watch.")
                : new Text("오늘의 영상이 준비됐어요", "지금 바로 볼 수 있어요.");
    }

    static Text encodingFailed(UserLocale locale, String reason) {
        return locale == UserLocale.EN
                ? new Text("We couldn't prepare your video", reason)
                : new Text("영상을 준비하지 못했어요", reason);
    }

    static Text dailyReminder(UserLocale locale, String firstQuestion) {
        return locale == UserLocale.EN
                ? new Text("How was your day?", "You haven't filmed today yet. Today's question: " + firstQuestion)
                : new Text("오늘 하루는 어땠나요?", "아직 오늘을 담지 않았어요. 오늘의 질문: " + firstQuestion);
    }

    static Text finishUpload(UserLocale locale) {
        return locale == UserLocale.EN
                ? new Text("Your upload isn't finished", "Today's video is still on its way. Open the app to finish the upload.")
                : new Text("업로드가 아직 끝나지 않았어요", "오늘의 영상이 아직 올라가는 중이에요. 앱을 열어 업로드를 마무리해 주세요.");
    }
}

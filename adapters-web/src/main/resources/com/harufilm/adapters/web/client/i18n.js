// Korean and English words of the client; the language follows the user's locale, and before
// sign-in the browser's.
const WORDS = {
  en: {
    app: 'Haru Film', calendar: 'Calendar', upload: 'Upload', settings: 'Settings', signOut: 'Sign out',
    signInTitle: 'Sign in', email: 'Email', name: 'Name', language: 'Language', signIn: 'Sign in',
    noSignIn: 'This server has no sign-in for the web: neither Google nor dev login is configured.', signInWithGoogle: 'Sign in with Google', devLogin: 'Dev login (no password, for trying the product)',
    prevMonth: 'Previous month', nextMonth: 'Next month', questions: "Today's questions", memories: 'Memories',
    onThisDay: 'On this day', nothingYet: 'Nothing yet.', uploadToday: "Film today's video",
    PENDING: 'Waiting', ENCODING: 'Encoding', COMPLETE: 'Ready', FAILED: 'Failed',
    date: 'Date', videoFile: 'Video file', startUpload: 'Upload', recordTitle: 'Record with the camera',
    recordStart: 'Start recording', recordStop: 'Stop recording', uploadProgress: 'Upload progress',
    encodingProgress: 'Encoding progress', uploading: 'Uploading…', offline: 'Waiting for the network…',
    retrying: 'Retrying…', completing: 'Finishing the upload…', encoding: 'Encoding…', ready: 'Ready',
    resumeNote: (file, date) => `An upload of ${file} for ${date} was interrupted. Pick the same file again to resume.`,
    wrongFile: 'That is not the file this upload started with.', discard: 'Discard upload', pickFile: 'Pick a video file first.',
    recording: 'Recording…', noCamera: 'This browser cannot record video.', encodingFailed: 'Encoding failed',
    player: 'Video of the day', timestamps: 'Timestamps', timestampLabel: 'Timestamp label',
    addTimestamp: 'Add timestamp at current time', deleteTimestamp: (label) => `Delete timestamp ${label}`,
    shares: 'Share links', linkLasts: 'Link lasts', hours: (h) => (h % 24 === 0 ? `${h / 24} days` : `${h} hour${h > 1 ? 's' : ''}`),
    createShare: 'Create share link', shareUrl: 'Share link', copy: 'Copy link', copied: 'Link copied',
    revoke: 'Revoke link', revoked: 'Link revoked', views: (n) => `${n} views`, expires: (t) => `until ${t}`,
    deleteVideo: 'Delete this video', confirmDelete: 'Delete this day\u2019s video? This cannot be undone.', deleted: 'Video deleted',
    noVideo: 'No video for this day.', uploadForDay: 'Upload a video for this day', notReadyToShare: 'Shares open once the video is ready.',
    timezone: 'Time zone', reminderTime: 'Reminder time', reminders: 'Daily reminder', save: 'Save settings', saved: 'Settings saved',
    english: 'English', korean: '한국어',
  },
  ko: {
    app: '하루필름', calendar: '달력', upload: '올리기', settings: '설정', signOut: '로그아웃',
    signInTitle: '로그인', email: '이메일', name: '이름', language: '언어', signIn: '로그인',
    noSignIn: '이 서버에는 웹 로그인이 없습니다. Google 로그인도 개발용 로그인도 설정되어 있지 않습니다.', signInWithGoogle: 'Google로 로그인', devLogin: '개발용 로그인 (비밀번호 없이 체험용)',
    prevMonth: '이전 달', nextMonth: '다음 달', questions: '오늘의 질문', memories: '추억', onThisDay: '이날의 기록',
    nothingYet: '아직 없습니다.', uploadToday: '오늘의 영상 찍기',
    PENDING: '대기 중', ENCODING: '변환 중', COMPLETE: '완료', FAILED: '실패',
    date: '날짜', videoFile: '동영상 파일', startUpload: '올리기', recordTitle: '카메라로 찍기',
    recordStart: '녹화 시작', recordStop: '녹화 중지', uploadProgress: '업로드 진행률', encodingProgress: '변환 진행률',
    uploading: '올리는 중…', offline: '네트워크를 기다리는 중…', retrying: '다시 시도하는 중…',
    completing: '업로드를 마무리하는 중…', encoding: '변환 중…', ready: '완료',
    resumeNote: (file, date) => `${date}의 ${file} 업로드가 중단되었습니다. 같은 파일을 다시 고르면 이어서 올립니다.`,
    wrongFile: '이 업로드를 시작한 파일이 아닙니다.', discard: '업로드 취소', pickFile: '먼저 동영상 파일을 고르세요.',
    recording: '녹화 중…', noCamera: '이 브라우저는 동영상을 녹화할 수 없습니다.', encodingFailed: '변환 실패',
    player: '오늘의 영상', timestamps: '타임스탬프', timestampLabel: '타임스탬프 이름',
    addTimestamp: '현재 위치에 타임스탬프 추가', deleteTimestamp: (label) => `타임스탬프 ${label} 삭제`,
    shares: '공유 링크', linkLasts: '링크 유효 기간', hours: (h) => (h % 24 === 0 ? `${h / 24}일` : `${h}시간`),
    createShare: '공유 링크 만들기', shareUrl: '공유 링크', copy: '링크 복사', copied: '링크를 복사했습니다',
    revoke: '링크 해지', revoked: '링크를 해지했습니다', views: (n) => `조회 ${n}회`, expires: (t) => `${t}까지`,
    deleteVideo: '이 영상 삭제', confirmDelete: '이날의 영상을 삭제할까요? 되돌릴 수 없습니다.', deleted: '영상을 삭제했습니다',
    noVideo: '이날의 영상이 없습니다.', uploadForDay: '이날의 영상 올리기', notReadyToShare: '영상이 준비되면 공유할 수 있습니다.',
    timezone: '시간대', reminderTime: '알림 시간', reminders: '매일 알림', save: '설정 저장', saved: '설정을 저장했습니다',
    english: 'English', korean: '한국어',
  },
};

// A readable message for each problem code the client may meet.
const ERRORS = {
  en: {
    INVALID_REQUEST: 'That request was not valid.', INVALID_TOKEN: 'Please sign in again.', TOKEN_EXPIRED: 'Please sign in again.',
    INVALID_REFRESH_TOKEN: 'Your session ended. Please sign in again.', GOOGLE_AUTH_FAILED: 'Google sign-in failed.', GOOGLE_CANCELLED: 'Google sign-in was cancelled.',
    VIDEO_NOT_FOUND: 'That video does not exist.', VIDEO_ALREADY_EXISTS: 'This day already has a video.',
    INVALID_VIDEO_FORMAT: 'That file is not a video we can take (or it is too large).', UPLOAD_NOT_FOUND: 'That upload has ended. Start again.',
    INVALID_UPLOAD_PART: 'A part of the upload was refused.', MISSING_UPLOAD_DATA: 'The upload is missing its date or file.',
    RATE_LIMITED: 'Too many requests. Wait a minute and try again.', TOO_MANY_UPLOADS: 'Too many unfinished uploads.',
    VIDEO_NOT_READY: 'The video is not ready yet.', SHARE_NOT_FOUND: 'That link does not exist any more.',
    USER_NOT_FOUND: 'This account no longer exists. Sign in to start again.',
    DATABASE_CONNECTION_FAILED: 'Haru Film is busy for a moment. Nothing was lost: try again shortly.',
    PAYLOAD_TOO_LARGE: 'That is too large.', NETWORK: 'The network is unreachable.', DEFAULT: 'Something went wrong. Try again.',
  },
  ko: {
    INVALID_REQUEST: '요청이 올바르지 않습니다.', INVALID_TOKEN: '다시 로그인해 주세요.', TOKEN_EXPIRED: '다시 로그인해 주세요.',
    INVALID_REFRESH_TOKEN: '세션이 끝났습니다. 다시 로그인해 주세요.', GOOGLE_AUTH_FAILED: 'Google 로그인에 실패했습니다.', GOOGLE_CANCELLED: 'Google 로그인이 취소되었습니다.',
    VIDEO_NOT_FOUND: '그 영상이 없습니다.', VIDEO_ALREADY_EXISTS: '이날에는 이미 영상이 있습니다.',
    INVALID_VIDEO_FORMAT: '받을 수 없는 동영상입니다(또는 너무 큽니다).', UPLOAD_NOT_FOUND: '업로드가 끝났습니다. 다시 시작하세요.',
    INVALID_UPLOAD_PART: '업로드 조각이 거부되었습니다.', MISSING_UPLOAD_DATA: '업로드에 날짜나 파일이 없습니다.',
    RATE_LIMITED: '요청이 너무 많습니다. 잠시 후 다시 시도하세요.', TOO_MANY_UPLOADS: '끝나지 않은 업로드가 너무 많습니다.',
    VIDEO_NOT_READY: '영상이 아직 준비되지 않았습니다.', SHARE_NOT_FOUND: '그 링크는 더 이상 없습니다.',
    USER_NOT_FOUND: '이 계정은 더 이상 없습니다. 다시 로그인해 주세요.',
    DATABASE_CONNECTION_FAILED: '하루필름이 잠시 바쁩니다. 잃은 것은 없으니 조금 뒤에 다시 시도하세요.',
    PAYLOAD_TOO_LARGE: '너무 큽니다.', NETWORK: '네트워크에 연결할 수 없습니다.', DEFAULT: '문제가 생겼습니다. 다시 시도하세요.',
  },
};

let language = (navigator.language || 'en').toLowerCase().startsWith('ko') ? 'ko' : 'en';

export const lang = () => language;

export function setLanguage(locale) {
  language = locale === 'ko' ? 'ko' : 'en';
  document.documentElement.lang = language;
}

/** The word for key, called with args where the word depends on them. */
export function t(key, ...args) {
  const word = WORDS[language][key];
  return typeof word === 'function' ? word(...args) : word;
}

export function errorText(error) {
  const code = error?.code || (error instanceof TypeError ? 'NETWORK' : 'DEFAULT');
  return ERRORS[language][code] || ERRORS[language].DEFAULT;
}

export function monthTitle(yearMonth) {
  const [y, m] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(language === 'ko' ? 'ko-KR' : 'en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' });
}

-- The bank of daily prompts, rotated through by date for the questions of the day.

INSERT INTO questions (id, text_ko, text_en) VALUES
(1, '오늘 가장 많이 웃었던 순간은 언제였나요?', 'When did you laugh the most today?'),
(2, '오늘 먹은 것 중 가장 맛있었던 음식을 보여주세요.', 'Show us the tastiest thing you ate today.'),
(3, '지금 창밖 하늘은 어떤 모습인가요?', 'What does the sky outside look like right now?'),
(4, '오늘 만난 사람 중 기억에 남는 사람이 있나요?', 'Who did you meet today that stuck with you?'),
(5, '지금 주변에서 들리는 소리를 잠깐 담아볼까요?', 'Let''s record the sounds around you for a moment.'),
(6, '오늘 해낸 작은 일 하나를 자랑해 주세요.', 'Brag a little about one small thing you got done today.'),
(7, '오늘 고마웠던 사람이나 순간이 있었나요?', 'Who or what are you grateful for today?'),
(8, '오늘 지나친 곳 중 눈길이 갔던 장소는 어디인가요?', 'Which place you passed today caught your eye?'),
(9, '오늘 처음 해본 일이 있나요?', 'Did you try anything for the first time today?'),
(10, '요즘 가장 기다려지는 일은 무엇인가요?', 'What are you looking forward to these days?'),
(11, '오늘 느낀 계절의 변화를 보여주세요.', 'Show us a sign of the season you noticed today.'),
(12, '오늘 일이나 공부하면서 가장 뿌듯했던 순간은 언제였나요?', 'What was your proudest moment at work or school today?');

INSERT INTO questions (id, text_ko, text_en) VALUES
(13, '반려동물이나 오늘 마주친 동물을 담아주세요.', 'Film your pet or an animal you came across today.'),
(14, '요즘 빠져 있는 취미를 보여주세요.', 'Show us a hobby you''re into lately.'),
(15, '오늘 한 작은 실수가 있었나요? 웃으며 이야기해 봐요.', 'Did you make a little mistake today? Tell us about it with a smile.'),
(16, '오늘 누군가에게 받은 친절이 있었나요?', 'Did someone show you a kindness today?'),
(17, '오늘 누군가에게 베푼 작은 친절이 있었나요?', 'Did you do something kind for someone today?'),
(18, '지금 마시고 있는 음료를 소개해 주세요.', 'Introduce the drink you''re having right now.'),
(19, '오늘 입은 옷에서 가장 마음에 드는 부분을 보여주세요.', 'Show us your favorite part of today''s outfit.'),
(20, '오늘 가장 오래 머문 공간은 어디였나요?', 'Where did you spend most of your time today?'),
(21, '오늘 들은 노래 한 소절을 흥얼거려 볼까요?', 'Hum a bit of a song you heard today.'),
(22, '오늘 아침 가장 먼저 한 일은 무엇이었나요?', 'What was the very first thing you did this morning?'),
(23, '잠들기 전 지금 기분을 한마디로 표현해 주세요.', 'Sum up how you feel before bed in a few words.'),
(24, '오늘 본 것 중 가장 예뻤던 색깔은 무엇이었나요?', 'What was the prettiest color you saw today?');

INSERT INTO questions (id, text_ko, text_en) VALUES
(25, '오늘 걸었던 길을 잠깐 보여주세요.', 'Show us a bit of the path you walked today.'),
(26, '오늘 나를 위해 한 일이 있나요?', 'What did you do just for yourself today?'),
(27, '오늘 나눈 대화 중 기억에 남는 말이 있나요?', 'Did anyone say something today that stayed with you?'),
(28, '책상이나 작업 공간을 소개해 주세요.', 'Give us a quick tour of your desk or workspace.'),
(29, '오늘 날씨는 어땠나요? 바깥 모습을 보여주세요.', 'How was the weather today? Show us what it''s like outside.'),
(30, '요즘 자주 가는 단골 가게가 있나요?', 'Is there a spot you''ve been going to a lot lately?'),
(31, '오늘 사진으로 남기고 싶었던 장면은 무엇이었나요?', 'What scene from today did you wish you''d captured?'),
(32, '오늘 새로 배운 것 하나를 알려주세요.', 'Share one thing you learned today.'),
(33, '오늘의 노을이나 밤하늘을 담아주세요.', 'Capture today''s sunset or night sky.'),
(34, '오늘 가장 편안했던 순간은 언제였나요?', 'When did you feel most relaxed today?'),
(35, '오늘 나를 설레게 한 일이 있었나요?', 'Did anything give you butterflies today?'),
(36, '오늘 직접 만든 음식이나 요리를 보여주세요.', 'Show us something you cooked or made today.');

INSERT INTO questions (id, text_ko, text_en) VALUES
(37, '최근에 산 물건 중 가장 마음에 드는 건 뭔가요?', 'What''s your favorite recent purchase?'),
(38, '오늘 먹은 간식은 무엇이었나요?', 'What snack did you have today?'),
(39, '오늘 연락한 사람에게 짧은 인사를 남겨볼까요?', 'Leave a short hello for someone you talked to today.'),
(40, '오늘 하루를 세 단어로 표현한다면요?', 'If you had to describe today in three words, what would they be?'),
(41, '오늘 길에서 발견한 작은 꽃이나 나무를 보여주세요.', 'Show us a little flower or tree you spotted today.'),
(42, '요즘 읽고 있는 책이나 즐겨 보는 콘텐츠가 있나요?', 'What are you reading or watching these days?'),
(43, '오늘 하루 중 가장 조용했던 순간을 담아주세요.', 'Capture the quietest moment of your day.'),
(44, '오늘 출근길이나 등굣길은 어땠나요?', 'How was your commute today?'),
(45, '오늘 잘한 일 하나를 스스로 칭찬해 주세요.', 'Give yourself a compliment for one thing you did well today.'),
(46, '내일 꼭 하고 싶은 일은 무엇인가요?', 'What''s one thing you really want to do tomorrow?'),
(47, '이번 주말에 하고 싶은 일이 있나요?', 'Is there anything you''d love to do this weekend?'),
(48, '오늘 손에 가장 오래 들고 있던 물건은 무엇인가요?', 'What did you have in your hands the most today?');

INSERT INTO questions (id, text_ko, text_en) VALUES
(49, '오늘 운동이나 산책을 했나요?', 'Did you fit in some exercise or a walk today?'),
(50, '오늘 점심은 누구와 무엇을 먹었나요?', 'Who did you have lunch with today, and what did you eat?'),
(51, '방에서 가장 아끼는 물건을 소개해 주세요.', 'Introduce the thing you treasure most in your room.'),
(52, '오늘 예상과 다르게 흘러간 일이 있었나요?', 'Did anything go differently than you expected today?'),
(53, '오늘 본 풍경 중 다시 보고 싶은 곳은 어디인가요?', 'Which view from today would you love to see again?'),
(54, '오늘 나에게 힘이 된 한마디는 무엇이었나요?', 'What words gave you strength today?'),
(55, '오늘 가족이나 친구와 함께한 순간을 담아주세요.', 'Capture a moment you shared with family or friends today.'),
(56, '요즘 꾸준히 연습하고 있는 것이 있나요?', 'Is there something you''ve been practicing lately?'),
(57, '오늘 집에 돌아오는 길에 본 것을 보여주세요.', 'Show us something you saw on your way home.'),
(58, '냉장고 속에서 가장 기대되는 음식은 뭔가요?', 'What''s in your fridge that you can''t wait to eat?'),
(59, '1년 뒤의 나에게 하고 싶은 말이 있나요?', 'What would you like to say to yourself a year from now?'),
(60, '오늘 귀엽다고 느낀 것이 있었나요?', 'Did you see anything cute today?');

INSERT INTO questions (id, text_ko, text_en) VALUES
(61, '오늘 비, 바람, 햇살 중 무엇이 가장 기억에 남나요?', 'What stood out most today: the rain, the wind, or the sunshine?'),
(62, '오늘 하루 중 가장 바빴던 순간은 언제였나요?', 'When were you the busiest today?'),
(63, '오늘 나를 미소 짓게 한 메시지가 있었나요?', 'Did a message make you smile today?'),
(64, '창문을 열고 오늘의 공기를 느껴 보세요. 어떤 냄새가 나나요?', 'Open a window and take a breath. What does today smell like?'),
(65, '하루를 마무리하며 정리한 공간을 보여주세요.', 'Show us a space you tidied up to wrap up the day.'),
(66, '오늘 고민했던 일이 있나요? 지금 마음은 어떤가요?', 'Was something on your mind today? How do you feel about it now?'),
(67, '요즘 새로 알게 된 장소가 있나요?', 'Have you discovered any new places lately?'),
(68, '오늘 내린 선택 중 잘했다 싶은 건 뭔가요?', 'What choice did you make today that you''re glad about?'),
(69, '오늘 어린 시절이 떠오른 순간이 있었나요?', 'Did anything remind you of your childhood today?'),
(70, '지금 이 순간 곁에 있는 것을 보여주세요.', 'Show us what''s right next to you at this moment.'),
(71, '오늘 미처 전하지 못한 고마움을 여기 남겨볼까요?', 'Is there a thank-you you didn''t get to say today? Leave it here.'),
(72, '오늘 하루 수고한 나에게 따뜻한 한마디를 해 주세요.', 'Say a few kind words to yourself for getting through today.');

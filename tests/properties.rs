//! Property tests: whatever the input, `parse` and `parse_bytes` return a clear error or a
//! document that keeps the crate's promises (see `common/invariants.rs` for the checker):
//! spans in bounds and on character boundaries, every non-blank byte covered by some span, and
//! blocks that never overlap (boilerplate inside a turn allowed). Byte input is also checked as
//! windows-1251 and as UTF-16 LE/BE with a byte order mark, spans being offsets into those bytes.
//!
//! Case counts are kept modest so that `cargo test` stays quick in debug builds; raise them with
//! `PROPTEST_CASES=5000 cargo test --release --test properties`.

mod common;

use common::invariants::{check_all_encodings, check_text_everywhere};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;

fn config(cases: u32) -> Config {
    // PROPTEST_CASES in the environment overrides the default count
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        max_shrink_iters: 2048,
        failure_persistence: None,
        ..Config::default()
    }
}

fn ensure(result: Result<(), String>, text: &str) -> Result<(), TestCaseError> {
    result.map_err(|e| TestCaseError::fail(format!("{e}\ninput: {text:?}")))
}

// ---------------------------------------------------------------------------------------------
// (a) generators of arbitrary and transcript-like text

/// Any character, with the odd ones (controls, invisible, separators) made frequent.
fn odd_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => any::<char>(),
        2 => prop::sample::select(vec![
            '\n', '\r', '\t', ' ', ':', '.', '(', ')', '[', ']', '<', '>', '…', '-', '–', '—', '*',
            '#', '&', ';', '/', '|', '"', '«', '»', '’', '\u{a0}', '\u{202f}', '\u{200b}',
            '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}', '\u{2028}', '\u{2029}',
            '\u{85}', '\u{1}', '\u{7f}', '\u{3000}', 'Q', 'A', 'В', 'П', 'а', 'é', 'â', '€', '™',
        ]),
        2 => prop::char::range('A', 'Z'),
        1 => prop::char::range('А', 'я'),
        1 => prop::char::range('0', '9'),
    ]
}

fn odd_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(odd_char(), 0..max).prop_map(|v| v.into_iter().collect())
}

const NAMES: &[&str] = &[
    "VLADIMIR PUTIN",
    "THE PRESIDENT",
    "MS. HARLOW",
    "MR. BRANDT",
    "Q",
    "QUESTION",
    "ANNA LIND",
    "GENERAL OKAFOR",
    "SENATOR VALE",
    "В.Путин",
    "С.Лавров",
    "Д.Песков",
    "Вопрос",
    "ВОПРОС",
    "Реплика",
    "Mira Sandoval",
    "Tobias Renn",
    "MODERATOR",
    "INTERPRETER",
    "PARTICIPANT",
];

fn upper_word() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "VLADIMIR", "PUTIN", "THE", "PRESIDENT", "SECRETARY", "MS.", "MR.", "DR.", "HARLOW",
            "BRANDT", "OKAFOR", "ВЛАДИМИР", "ПУТИН", "ПРЕДСЕДАТЕЛЬ", "Q", "A", "VICE",
        ])
        .prop_map(String::from),
        1 => "[A-Z]{1,9}",
        1 => "[А-Я]{1,9}",
    ]
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(vec![
            "the", "minister", "said", "we", "will", "discuss", "budget", "today", "Thank",
            "you.", "Good", "afternoon,", "colleagues.", "question:", "yes", "No.", "about",
            "2014", "Moscow", "Kremlin,", "Washington", "press", "briefing", "Добрый", "день,",
            "коллеги.", "Спасибо.", "вопрос", "Москва,", "Кремль", "года", "It's", "Putin’s",
            "Putinâ€™s", "AT&T", "Q&amp;A", "—", "–", "...", "…", "3:49", "P.M.", "EDT",
            "http://example.org/a", "www.example.com", "**bold**", "№", "§",
        ])
        .prop_map(String::from),
        1 => "[a-zA-Zа-яА-Я]{1,12}",
        1 => odd_string(6),
    ]
}

/// A separator between words: plain, NBSP, entities, zero-width characters, tabs.
fn gap() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        10 => Just(" "),
        1 => Just("\u{a0}"),
        1 => Just("&nbsp;"),
        1 => Just("&#160;"),
        1 => Just(" \u{200b}"),
        1 => Just("\u{200b}"),
        1 => Just("\u{feff}"),
        1 => Just("\t"),
        1 => Just("  "),
        1 => Just(" &#8217; "),
        1 => Just("&amp;"),
        1 => Just("\u{ad}"),
        // references that decode to nothing, and the Ogham space mark
        1 => Just("&shy;"),
        1 => Just("&#8203;"),
        1 => Just("\u{1680}"),
    ]
}

fn words(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec((word(), gap()), 0..max).prop_map(|v| {
        let mut s = String::new();
        for (i, (w, g)) in v.into_iter().enumerate() {
            if i > 0 {
                s.push_str(g);
            }
            s.push_str(&w);
        }
        s
    })
}

fn date_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (
            1u32..32,
            prop::sample::select(vec!["January", "March", "December", "Feb", "Sept."]),
            1990i32..2031
        )
            .prop_map(|(d, m, y)| format!("{d} {m} {y}")),
        (
            prop::sample::select(vec!["January", "June", "Oct."]),
            0u32..40,
            1900i32..2100
        )
            .prop_map(|(m, d, y)| format!("{m} {d}, {y}")),
        (
            1u32..32,
            prop::sample::select(vec!["января", "мая", "декабря"]),
            2000i32..2030
        )
            .prop_map(|(d, m, y)| format!("{d} {m} {y} года")),
        (0u32..40, 0u32..15, 1990i32..2030).prop_map(|(d, m, y)| format!("{d:02}.{m:02}.{y}")),
        (0u32..40, 0u32..15, 1990i32..2030).prop_map(|(d, m, y)| format!("{m}/{d}/{y}")),
        (2000i32..2030, 0u32..15, 0u32..40, 0u32..25, 0u32..61)
            .prop_map(|(y, m, d, h, mi)| format!("Posted {y}-{m:02}-{d:02} {h:02}:{mi:02}:00")),
        (1u32..13, 0u32..60).prop_map(|(h, m)| format!("{h}:{m:02} P.M. EDT")),
        Just("Published on 21 January 2014".to_string()),
        Just("Last updated at 12:03 MSK, 5 мая 2025 года".to_string()),
        Just("Monday, March 14, 2022".to_string()),
    ]
}

fn stage_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "(Applause.)",
            "(Laughter.)",
            "<…>",
            "<...>",
            "[...]",
            "[inaudible]",
            "(Cross-talk.)",
            "(Аплодисменты.)",
            "(Смех.)",
            "(через переводчика)",
            "[04:10]",
            "(00:01:23)",
            "(BREAK IN TRANSCRIPT)",
            "(The briefing was concluded.)",
            "(In English.)",
            "‹…›",
            "(",
            ")",
            "[",
            "<",
            "(((",
            ")))",
        ])
        .prop_map(String::from),
        words(6).prop_map(|w| format!("({w})")),
        words(6).prop_map(|w| format!("[{w}]")),
    ]
}

fn chrome_text() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Share this page:",
        "Home / News / Transcripts",
        "Print",
        "Subscribe",
        "See also",
        "Смотрите также",
        "Статус материала",
        "Опубликован в разделах: Новости",
        "Copyright © 2024 Harbour Press",
        "All rights reserved.",
        "###",
        "* * *",
        "---",
        "END 3:49 P.M. EDT",
        "FULL TRANSCRIPT",
        "Enter your email:",
        "Join Date: Mar 2009",
        "Posts: 1,204",
        "12 Comments",
        "Reply",
        "Accept cookies",
        "Text version",
        "Direct link: http://example.org/t/1",
        "Presidential Press and Information Office",
        "by Port Press Office",
        "The Kremlin, Moscow",
        "Taking part in the meeting: A, B, C",
        "---\ntitle: Sample\ndate: 2020-01-01\n---",
        "title: x",
        "Page 3 of 7",
        "12",
    ])
    .prop_map(String::from)
}

fn label_line() -> impl Strategy<Value = String> {
    prop_oneof![
        // UPPER WORDS: text
        (prop::collection::vec(upper_word(), 1..4), gap(), words(14))
            .prop_map(|(w, g, t)| format!("{}:{g}{t}", w.join(" "))),
        (prop::sample::select(NAMES.to_vec()), gap(), words(14))
            .prop_map(|(n, g, t)| format!("{n}:{g}{t}")),
        // Q + spaces
        ("[ ]{1,6}", words(12)).prop_map(|(sp, t)| format!("Q{sp}{t}")),
        words(12).prop_map(|t| format!("В.Путин: {t}")),
        (prop::sample::select(NAMES.to_vec()), words(10))
            .prop_map(|(n, t)| format!("**{n}:** {t}")),
        (prop::sample::select(NAMES.to_vec()), words(10)).prop_map(|(n, t)| format!("{n}. {t}")),
        (prop::sample::select(NAMES.to_vec()), words(10)).prop_map(|(n, t)| format!("{n} — {t}")),
        words(10).prop_map(|t| format!("– {t}")),
        words(10).prop_map(|t| format!(">> {t}")),
        prop::sample::select(NAMES.to_vec()).prop_map(|n| format!("{n}:")),
        (
            prop::sample::select(NAMES.to_vec()),
            "[0-9]{2}:[0-9]{2}(:[0-9]{2})?",
            words(8)
        )
            .prop_map(|(n, ts, t)| format!("{n} ({ts}): {t}")),
        (prop::sample::select(NAMES.to_vec()), words(8))
            .prop_map(|(n, t)| format!("{n} (through interpreter): {t}")),
    ]
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => label_line(),
        5 => words(20),
        2 => date_text(),
        2 => stage_text(),
        2 => chrome_text(),
        1 => Just(String::new()),
        1 => "[ \t\u{a0}\u{200b}\u{1680}]{0,4}",
        // a line that opens with white space or residue (the first line of a page, too)
        1 => (gap(), words(8)).prop_map(|(g, w)| format!("{g}{w}")),
        1 => odd_string(30),
        1 => (words(6), stage_text(), words(6)).prop_map(|(a, s, b)| format!("{a} {s} {b}")),
        1 => (label_line(), date_text()).prop_map(|(l, d)| format!("{l} {d}")),
        // very long lines: a page flattened onto one line
        1 => prop::collection::vec(prop_oneof![label_line(), words(20), stage_text(), date_text()], 5..20)
            .prop_map(|v| v.join(" ")),
        1 => (word(), 50usize..200).prop_map(|(w, n)| vec![w; n].join(" ")),
        1 => (1usize..300).prop_map(|n| ":".repeat(n)),
        1 => (1usize..200).prop_map(|n| "(".repeat(n) + &")".repeat(n / 2)),
    ]
}

fn line_end() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        8 => Just("\n"),
        2 => Just("\r\n"),
        1 => Just("\r"),
        2 => Just("\n\n"),
        1 => Just("\r\n\r\n"),
        1 => Just("\u{2028}"),
        1 => Just(" \n"),
        1 => Just("\n\u{a0}\n"),
    ]
}

fn transcript_like() -> impl Strategy<Value = String> {
    prop::collection::vec((line(), line_end()), 0..24).prop_map(|v| {
        let mut s = String::new();
        for (l, e) in v {
            s.push_str(&l);
            s.push_str(e);
        }
        s
    })
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_string_keeps_the_invariants(text in any::<String>()) {
        ensure(check_all_encodings(&text), &text)?;
    }

    #[test]
    fn odd_strings_keep_the_invariants(text in odd_string(200)) {
        ensure(check_all_encodings(&text), &text)?;
    }

    #[test]
    fn utf8_with_stray_bytes_keeps_the_invariants(
        text in odd_string(200),
        stray in prop::collection::vec(any::<u8>(), 1..4),
        at in any::<Index>(),
    ) {
        // text that is mostly UTF-8 with a few bytes that are not
        let mut bytes = text.into_bytes();
        let at = at.index(bytes.len() + 1);
        bytes.splice(at..at, stray);
        let shown = String::from_utf8_lossy(&bytes).into_owned();
        ensure(common::invariants::check_bytes_outcome("utf-8 with stray bytes", &bytes), &shown)?;
    }

    #[test]
    fn single_transcript_lines_keep_the_invariants(l in line(), e in line_end()) {
        let text = format!("{l}{e}");
        ensure(check_all_encodings(&text), &text)?;
    }
}

proptest! {
    // whole documents are larger: fewer cases
    #![proptest_config(config(128))]

    #[test]
    fn transcript_like_text_keeps_the_invariants(text in transcript_like()) {
        ensure(check_all_encodings(&text), &text)?;
    }
}

// ---------------------------------------------------------------------------------------------
// (b) realistic pages (invented), mutated

const PAGE_KREMLIN_EN: &str = "\
Home / Events / Transcripts
Meeting with Governor of Northfield Region Pavel Drozdov
Pavel Drozdov briefed the President on the region's harvest and on the new river port.
21 January 2014, 15:40
The Kremlin, Moscow
Taking part in the meeting: Governor Pavel Drozdov, Deputy Minister Elena Voss.
PRESIDENT OF RUSSIA VLADIMIR PUTIN: Mr Drozdov, good afternoon. How are things in Northfield?
NORTHFIELD REGION GOVERNOR PAVEL DROZDOV: Good afternoon, Mr President. The harvest was the best in ten years: grain is up by 12 percent.

We have also opened the first berth of the river port.
VLADIMIR PUTIN: That is good news. (Applause.) What about housing?
PAVEL DROZDOV: Housing is behind schedule. <…> We will catch up by the autumn.
VLADIMIR PUTIN: Let us talk about it in detail.
<…>
Publication status
Published in sections: News, Transcripts
Publication date: January 21, 2014, 15:40
Direct link: http://en.example.org/events/president/transcripts/20145
";

const PAGE_KREMLIN_RU: &str = "\
События
Встреча с губернатором Заречной области Павлом Дроздовым
Президент провёл рабочую встречу с губернатором Заречной области.
21 января 2014 года 15:40
Москва, Кремль
В.Путин: Павел Игоревич, добрый день! Как дела в области?
П.Дроздов: Добрый день, Владимир Владимирович! Урожай хороший: зерна собрали на 12 процентов больше.
В.Путин: Хорошо. (Аплодисменты.)
П.Дроздов: Спасибо. <…>
Вопрос: Когда откроется порт?
П.Дроздов: Осенью.
Смотрите также
Совещание по экономическим вопросам 20 января 2014 года
Статус материала
Опубликован в разделах: Новости, Стенограммы
Дата публикации: 21 января 2014 года, 15:40
Ссылка на материал: http://example.org/events/president/news/20145
";

const PAGE_BRIEFING: &str = "\
Briefing Room
Press Briefing by Press Secretary Dana Whitfield
MARCH 6, 2008
James S. Brady Press Briefing Room
1:12 P.M. EST
MS. WHITFIELD: Good afternoon, everyone. I have two announcements before questions.
First, the President will travel to Ohio on Friday.
Q Dana, on the budget -- will the President sign the bill?
MS. WHITFIELD: He has said he will veto it if it reaches his desk in that form.
Q Thank you.
Q Follow-up?
MS. WHITFIELD: Go ahead.
Q Is there a deadline?
MS. WHITFIELD: Not that I'm aware of. (Laughter.)
END 1:48 P.M. EST
###
Share this page: Facebook Twitter Email
";

const PAGE_INTERVIEW: &str = "\
Interview with Tobias Renn, Minister of Transport
Posted by: Harbour Press | 6 March 2008
by Mira Sandoval
Mira Sandoval: Minister, thank you for joining us. Let's start with the railways, shall we?
Tobias Renn: Thank you for having me. The railways need about four billion over five years.
Mira Sandoval: Where will the money come from?
Tobias Renn: Partly from the budget, partly from tolls.&nbsp;We will publish the plan in May.
[crosstalk]
Mira Sandoval: Minister, one last question: will fares go up?
Tobias Renn: Not this year. That I can promise.
Tags: transport, railways
Copyright © 2008 Harbour Press. All rights reserved.
12 Comments
";

const PAGE_FLAT_RU: &str = "События Встреча с министром обороны Президент провёл встречу с министром обороны. 5 мая 2025 года 13:40 Москва, Кремль В.Путин: Добрый день! Как идёт работа? А.Громов: Конструктивно. Мы обсудили три темы: энергетику, транспорт и связь. <…> Вопрос: Что дальше? Смотрите также Встреча с министром обороны 19 апреля 2025 года Статус материала Опубликован в разделах: Новости";

const PAGE_FRONT_MATTER: &str = "\
---
title: \"Remarks at the Harbour Forum\"
date: 2021-05-03
source: Port Press Office
---
Remarks at the Harbour Forum
MAYOR ANNA LIND: Good morning. Let us begin.
[applause]
ANNA LIND: Thank you. The quay will be finished next spring.
";

const PAGES: &[&str] = &[
    PAGE_KREMLIN_EN,
    PAGE_KREMLIN_RU,
    PAGE_BRIEFING,
    PAGE_INTERVIEW,
    PAGE_FLAT_RU,
    PAGE_FRONT_MATTER,
];

#[test]
fn sample_pages_as_written_keep_the_invariants() {
    for page in PAGES {
        if let Err(e) = check_all_encodings(page) {
            panic!("{e}\npage: {page:?}");
        }
        let doc = transcript_parser::parse(page).unwrap();
        assert!(!doc.turns.is_empty(), "no turns found in {page:?}");
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    /// Swap two lines.
    Swap(Index, Index),
    /// Shuffle every line.
    ShuffleAll(u64),
    /// Insert a junk line.
    Insert(Index, String),
    /// Put a speaker label (or a junk label) in front of a line.
    Label(Index, String),
    /// Remove a line.
    Delete(Index),
    /// Duplicate a line.
    Duplicate(Index),
    /// Join a line with the next one.
    Join(Index, &'static str),
    /// Join every line into one.
    JoinAll(&'static str),
    /// Cut a line at a character.
    Cut(Index, Index),
}

#[derive(Debug, Clone, Copy)]
enum Ends {
    Lf,
    CrLf,
    Cr,
    Mixed(u64),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        1 => any::<u64>().prop_map(Mutation::ShuffleAll),
        3 => (any::<Index>(), prop_oneof![line(), chrome_text(), odd_string(20)]).prop_map(|(i, l)| Mutation::Insert(i, l)),
        2 => (any::<Index>(), prop_oneof![
                prop::sample::select(NAMES.to_vec()).prop_map(|n| format!("{n}: ")),
                upper_word().prop_map(|w| format!("{w}: ")),
                odd_string(8).prop_map(|w| format!("{w}: ")),
                Just("Q ".to_string()),
            ]).prop_map(|(i, l)| Mutation::Label(i, l)),
        2 => any::<Index>().prop_map(Mutation::Delete),
        1 => any::<Index>().prop_map(Mutation::Duplicate),
        2 => (any::<Index>(), prop::sample::select(vec![" ", "", "  ", "\u{a0}"])).prop_map(|(i, s)| Mutation::Join(i, s)),
        1 => prop::sample::select(vec![" ", "", "\u{a0}"]).prop_map(Mutation::JoinAll),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Cut(a, b)),
    ]
}

fn ends() -> impl Strategy<Value = Ends> {
    prop_oneof![
        3 => Just(Ends::Lf),
        1 => Just(Ends::CrLf),
        1 => Just(Ends::Cr),
        1 => any::<u64>().prop_map(Ends::Mixed),
    ]
}

/// A tiny deterministic generator for shuffles (no extra dependency).
fn next_rand(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

fn mutate(page: &str, mutations: &[Mutation], line_ends: Ends) -> String {
    let mut lines: Vec<String> = page.split('\n').map(String::from).collect();
    for m in mutations {
        if lines.is_empty() {
            lines.push(String::new());
        }
        let n = lines.len();
        match m {
            Mutation::Swap(a, b) => lines.swap(a.index(n), b.index(n)),
            Mutation::ShuffleAll(seed) => {
                let mut st = seed | 1;
                for i in (1..n).rev() {
                    let j = (next_rand(&mut st) % (i as u64 + 1)) as usize;
                    lines.swap(i, j);
                }
            }
            Mutation::Insert(i, l) => lines.insert(i.index(n + 1), l.clone()),
            Mutation::Label(i, l) => {
                let i = i.index(n);
                lines[i] = format!("{l}{}", lines[i]);
            }
            Mutation::Delete(i) => {
                lines.remove(i.index(n));
            }
            Mutation::Duplicate(i) => {
                let i = i.index(n);
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            Mutation::Join(i, sep) => {
                let i = i.index(n);
                if i + 1 < n {
                    let next = lines.remove(i + 1);
                    lines[i] = format!("{}{sep}{next}", lines[i]);
                }
            }
            Mutation::JoinAll(sep) => lines = vec![lines.join(sep)],
            Mutation::Cut(i, at) => {
                let i = i.index(n);
                let chars: Vec<(usize, char)> = lines[i].char_indices().collect();
                if !chars.is_empty() {
                    let cut = chars[at.index(chars.len())].0;
                    let rest = lines[i].split_off(cut);
                    lines.insert(i + 1, rest);
                }
            }
        }
    }
    match line_ends {
        Ends::Lf => lines.join("\n"),
        Ends::CrLf => lines.join("\r\n"),
        Ends::Cr => lines.join("\r"),
        Ends::Mixed(seed) => {
            let mut st = seed | 1;
            let mut out = String::new();
            for (i, l) in lines.iter().enumerate() {
                if i > 0 {
                    out.push_str(["\n", "\r\n", "\r", "\n\n"][(next_rand(&mut st) % 4) as usize]);
                }
                out.push_str(l);
            }
            out
        }
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn mutated_sample_pages_keep_the_invariants(
        page in prop::sample::select(PAGES.to_vec()),
        mutations in prop::collection::vec(mutation(), 0..8),
        line_ends in ends(),
    ) {
        let text = mutate(page, &mutations, line_ends);
        ensure(check_all_encodings(&text), &text)?;
    }

    #[test]
    fn sample_pages_with_one_line_ending_style_keep_the_invariants(
        page in prop::sample::select(PAGES.to_vec()),
        line_ends in ends(),
    ) {
        let text = mutate(page, &[], line_ends);
        ensure(check_all_encodings(&text), &text)?;
        let doc = transcript_parser::parse(&text).unwrap();
        prop_assert!(!doc.turns.is_empty());
    }

    #[test]
    fn sample_pages_flattened_keep_the_invariants(
        page in prop::sample::select(PAGES.to_vec()),
        sep in prop::sample::select(vec![" ", "", "\u{a0}", "  "]),
    ) {
        let text = mutate(page, &[Mutation::JoinAll(sep)], Ends::Lf);
        ensure(check_text_everywhere(&text), &text)?;
    }
}

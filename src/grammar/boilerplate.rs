//! Boilerplate lines: page chrome recognised from its wording and shape, in English and
//! Russian.
//!
//! A *strong* match is chrome wherever it stands (`Enter your email:`, `We use cookies`,
//! `Page 4 of 9`, `14 Comments`); a *weak* match is chrome only outside the speech, in the
//! header or footer zone (`Share`, `Print`, `Topics`, `Events`), since the same word can be
//! spoken. Breadcrumbs are recognised by shape: short items joined by ` / `, ` › `, ` » `.

use super::words::{
    ends_sentence, lower, lower_in, prefix, with_lower, word_count, word_count_capped,
};
use crate::model::BoilerplateKind;
use memchr::memmem;
use nom::Parser;
use nom::bytes::complete::{tag_no_case, take_while1};
use nom::character::complete::space1;
use std::borrow::Cow;
use std::sync::LazyLock;

/// How sure a boilerplate match is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Strength {
    /// Chrome anywhere on the page.
    Strong,
    /// Chrome outside the speech only.
    Weak,
}

const STRONG_PREFIXES: &[(&str, BoilerplateKind)] = &[
    ("enter your", BoilerplateKind::Form),
    ("enter subject", BoilerplateKind::Form),
    ("enter code", BoilerplateKind::Captcha),
    ("enter the code", BoilerplateKind::Captcha),
    ("please enter this numbers", BoilerplateKind::Captcha),
    ("please enter the numbers", BoilerplateKind::Captcha),
    ("please enter the characters", BoilerplateKind::Captcha),
    ("click image to get a new code", BoilerplateKind::Captcha),
    ("captcha", BoilerplateKind::Captcha),
    ("i'm not a robot", BoilerplateKind::Captcha),
    ("your email", BoilerplateKind::Form),
    ("your e-mail", BoilerplateKind::Form),
    ("your name", BoilerplateKind::Form),
    ("your message", BoilerplateKind::Form),
    ("addressee email", BoilerplateKind::Form),
    ("e-mail address", BoilerplateKind::Form),
    ("email address", BoilerplateKind::Form),
    ("leave a reply", BoilerplateKind::Form),
    ("leave a comment", BoilerplateKind::Form),
    ("post a comment", BoilerplateKind::Form),
    ("required fields are marked", BoilerplateKind::Form),
    ("message preview", BoilerplateKind::Form),
    ("we use cookies", BoilerplateKind::CookieNotice),
    ("this site uses cookies", BoilerplateKind::CookieNotice),
    ("this website uses cookies", BoilerplateKind::CookieNotice),
    ("by using this site", BoilerplateKind::CookieNotice),
    ("accept all cookies", BoilerplateKind::CookieNotice),
    ("cookie policy", BoilerplateKind::CookieNotice),
    ("мы используем cookie", BoilerplateKind::CookieNotice),
    ("мы используем файлы cookie", BoilerplateKind::CookieNotice),
    ("©", BoilerplateKind::Copyright),
    ("(c) 19", BoilerplateKind::Copyright),
    ("(c) 20", BoilerplateKind::Copyright),
    ("copyright", BoilerplateKind::Copyright),
    ("share this", BoilerplateKind::Share),
    ("share on ", BoilerplateKind::Share),
    ("%d bloggers like this", BoilerplateKind::Share),
    ("like this:", BoilerplateKind::Share),
    ("like loading", BoilerplateKind::Share),
    ("print this page", BoilerplateKind::Share),
    ("print version", BoilerplateKind::Share),
    ("printer-friendly", BoilerplateKind::Share),
    ("email this", BoilerplateKind::Share),
    ("версия для печати", BoilerplateKind::Share),
    ("see also", BoilerplateKind::Related),
    ("смотрите также", BoilerplateKind::Related),
    ("читайте также", BoilerplateKind::Related),
    ("related:", BoilerplateKind::Related),
    ("related articles", BoilerplateKind::Related),
    ("related posts", BoilerplateKind::Related),
    ("related stories", BoilerplateKind::Related),
    ("related content", BoilerplateKind::Related),
    ("read more", BoilerplateKind::Related),
    ("more on this topic", BoilerplateKind::Related),
    ("you may also like", BoilerplateKind::Related),
    ("also read", BoilerplateKind::Related),
    ("join date:", BoilerplateKind::ForumChrome),
    ("posts:", BoilerplateKind::ForumChrome),
    ("reputation:", BoilerplateKind::ForumChrome),
    ("likes received", BoilerplateKind::ForumChrome),
    ("originally posted by", BoilerplateKind::ForumChrome),
    ("posted by", BoilerplateKind::ForumChrome),
    ("last edited", BoilerplateKind::ForumChrome),
    ("report post", BoilerplateKind::ForumChrome),
    ("full transcript", BoilerplateKind::TranscriptMarker),
    ("end of transcript", BoilerplateKind::TranscriptMarker),
    ("transcript continues", BoilerplateKind::TranscriptMarker),
    ("###", BoilerplateKind::TranscriptMarker),
    ("# # #", BoilerplateKind::TranscriptMarker),
    ("advertisement", BoilerplateKind::Advertisement),
    ("sponsored", BoilerplateKind::Advertisement),
    ("download on the app store", BoilerplateKind::Advertisement),
    ("get it on google play", BoilerplateKind::Advertisement),
    ("offer valid", BoilerplateKind::Advertisement),
    ("subscribe now", BoilerplateKind::Advertisement),
    ("sign up now", BoilerplateKind::Advertisement),
    ("buy now", BoilerplateKind::Advertisement),
    ("shop now", BoilerplateKind::Advertisement),
    ("реклама", BoilerplateKind::Advertisement),
    ("[congressional record", BoilerplateKind::PageFurniture),
    (
        "from the congressional record",
        BoilerplateKind::PageFurniture,
    ),
    ("[[page ", BoilerplateKind::PageFurniture),
    ("[page ", BoilerplateKind::PageFurniture),
    ("[pages ", BoilerplateKind::PageFurniture),
    (
        "official - subject to final review",
        BoilerplateKind::PageFurniture,
    ),
    ("alderson reporting company", BoilerplateKind::PageFurniture),
    ("last updated", BoilerplateKind::Footer),
    ("last modified", BoilerplateKind::Footer),
    ("dernière modification", BoilerplateKind::Footer),
    ("publication status", BoilerplateKind::Footer),
    ("published in sections", BoilerplateKind::Footer),
    ("published in section", BoilerplateKind::Footer),
    ("publication date:", BoilerplateKind::Footer),
    ("direct link:", BoilerplateKind::Footer),
    ("статус материала", BoilerplateKind::Footer),
    ("опубликован в разделах", BoilerplateKind::Footer),
    ("дата публикации", BoilerplateKind::Footer),
    ("ссылка на материал", BoilerplateKind::Footer),
    ("текстовая версия", BoilerplateKind::Footer),
    (
        "all content on this site is licensed",
        BoilerplateKind::Footer,
    ),
    ("creative commons attribution", BoilerplateKind::Footer),
    (
        "this transcript was prepared in haste",
        BoilerplateKind::Footer,
    ),
    ("this transcript may not be", BoilerplateKind::Footer),
    // a broadcaster's notice over an unedited transcript
    ("this is a rush transcript.", BoilerplateKind::Footer),
];

const STRONG_CONTAINS: &[(&str, BoilerplateKind)] = &[
    ("all rights reserved", BoilerplateKind::Copyright),
    ("все права защищены", BoilerplateKind::Copyright),
    ("app store", BoilerplateKind::Advertisement),
    ("google play", BoilerplateKind::Advertisement),
    ("subscribe now", BoilerplateKind::Advertisement),
    ("accept all", BoilerplateKind::CookieNotice),
];

/// [`STRONG_CONTAINS`] as prebuilt substring finders.
static STRONG_CONTAINS_FINDERS: LazyLock<Vec<(memmem::Finder<'static>, BoilerplateKind)>> =
    LazyLock::new(|| {
        STRONG_CONTAINS
            .iter()
            .map(|(needle, kind)| (memmem::Finder::new(needle.as_bytes()), *kind))
            .collect()
    });

static UNCORRECTED: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new("uncorrected"));

const WEAK_EXACT: &[(&str, BoilerplateKind)] = &[
    // the heading of a related-materials widget, alone on its line
    ("additional", BoilerplateKind::Related),
    ("дополнительно", BoilerplateKind::Related),
    ("home", BoilerplateKind::Navigation),
    ("main menu", BoilerplateKind::Navigation),
    ("menu", BoilerplateKind::Navigation),
    ("search", BoilerplateKind::Navigation),
    ("search this website", BoilerplateKind::Navigation),
    ("contacts", BoilerplateKind::Navigation),
    ("contact us", BoilerplateKind::Navigation),
    ("contact", BoilerplateKind::Navigation),
    ("about", BoilerplateKind::Navigation),
    ("about us", BoilerplateKind::Navigation),
    ("events", BoilerplateKind::Navigation),
    ("news", BoilerplateKind::Navigation),
    ("structure", BoilerplateKind::Navigation),
    ("documents", BoilerplateKind::Navigation),
    ("videos and photos", BoilerplateKind::Navigation),
    ("for the media", BoilerplateKind::Navigation),
    ("directory", BoilerplateKind::Navigation),
    ("mobile version", BoilerplateKind::Navigation),
    (
        "version for people with disabilities",
        BoilerplateKind::Navigation,
    ),
    ("skip to content", BoilerplateKind::Navigation),
    ("skip to main content", BoilerplateKind::Navigation),
    ("log in", BoilerplateKind::Navigation),
    ("sign in", BoilerplateKind::Navigation),
    ("register", BoilerplateKind::Navigation),
    ("newsletter", BoilerplateKind::Navigation),
    ("rss", BoilerplateKind::Navigation),
    ("display settings", BoilerplateKind::Navigation),
    ("text size:", BoilerplateKind::Navigation),
    ("colour scheme:", BoilerplateKind::Navigation),
    ("color scheme:", BoilerplateKind::Navigation),
    ("top of the page", BoilerplateKind::Navigation),
    ("back to top", BoilerplateKind::Navigation),
    ("русский", BoilerplateKind::Navigation),
    ("english", BoilerplateKind::Navigation),
    ("события", BoilerplateKind::Navigation),
    ("главная", BoilerplateKind::Navigation),
    ("subscribe", BoilerplateKind::Share),
    ("share", BoilerplateKind::Share),
    ("print", BoilerplateKind::Share),
    ("send by email", BoilerplateKind::Share),
    ("send", BoilerplateKind::Form),
    ("submit", BoilerplateKind::Form),
    ("twitter", BoilerplateKind::Share),
    ("youtube", BoilerplateKind::Share),
    ("facebook", BoilerplateKind::Share),
    ("vk", BoilerplateKind::Share),
    ("livejournal", BoilerplateKind::Share),
    ("telegram", BoilerplateKind::Share),
    ("instagram", BoilerplateKind::Share),
    ("text version", BoilerplateKind::Share),
    ("text", BoilerplateKind::Footer),
    ("photo", BoilerplateKind::Footer),
    ("video", BoilerplateKind::Footer),
    ("topics", BoilerplateKind::Footer),
    ("persons", BoilerplateKind::Footer),
    ("geography", BoilerplateKind::Footer),
    ("темы", BoilerplateKind::Footer),
    ("лица", BoilerplateKind::Footer),
    ("география", BoilerplateKind::Footer),
    ("reply", BoilerplateKind::ForumChrome),
    ("quote", BoilerplateKind::ForumChrome),
    ("tags", BoilerplateKind::Footer),
];

const WEAK_PREFIXES: &[(&str, BoilerplateKind)] = &[
    ("back to ", BoilerplateKind::Navigation),
    ("official website of", BoilerplateKind::Navigation),
    ("official internet resources", BoilerplateKind::Navigation),
    ("tags:", BoilerplateKind::Footer),
    ("filed under", BoilerplateKind::Footer),
    ("categories:", BoilerplateKind::Footer),
];

/// Pop-up text that a page printed inline after a link (kremlin.ru's person and glossary
/// pop-ups, pasted by text extraction): a run of three or more spaces after the linked words,
/// then text that names them again (`Ivan Lind     Lind IvanMinister of Transport  said`,
/// `the Customs Union   Background information Customs Union of three states    and`), up to a
/// run of two spaces, a space before punctuation (` ,`, ` .`, ` :`, ` [`) or the line's end;
/// and a person's pop-up printed with no gap ([`adjacent_popups`]). Returns the pop-ups' byte
/// ranges in `line`, left to right, white space excluded.
pub(crate) fn popups(line: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(off) = WIDE_GAP.find(&line.as_bytes()[from..]) {
        let gap = from + off;
        let start = gap + line[gap..].len() - line[gap..].trim_start_matches(' ').len();
        from = start.max(gap + 1);
        // the linked word: the last word before the gap, brackets and punctuation trimmed
        let Some(linked) = line[..gap]
            .rsplit(' ')
            .next()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        else {
            continue;
        };
        let after = &line[start..];
        if linked.chars().count() < 2 || !after.starts_with(char::is_uppercase) {
            continue;
        }
        // (a glossary entry may follow words in lower case, `maternity capital`; a person's
        // pop-up follows a name)
        let capital = linked.starts_with(char::is_uppercase);
        let (end, gap_after) = popup_end(after);
        let popup = after[..end].trim_end();
        // (a role glued to the name that runs into the sentence resuming after it, `Lind
        // IvanHarbour Minister delivered the report.`, ends before its first word in lower
        // case)
        let resumed = if end == after.len() {
            resumed_role_end(popup)
        } else {
            None
        };
        let popup = resumed.map_or(popup, |at| popup[..at].trim_end());
        // it names the linked words again: opening with the last (`Lind IvanMinister ...`, not
        // a word printed twice, `Yes.   Yes.`), holding the last two (`Background information
        // Trade Union ...`), or spelling out an acronym (`... Independent States (CIS)`)
        let before: Vec<&str> = line[..gap]
            .trim_end()
            .rsplit(' ')
            .take(2)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let last_two = (before.len() == 2)
            .then(|| format!("{} {}", before[0], before[1]))
            .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()).to_string());
        // A person's pop-up is their name reversed and their role glued to it (`Lind
        // IvanMinister of ...`), or the name alone (`Lind Ivan`); other pop-ups are closed
        // by a wide gap too.
        // (closed by a wide gap or punctuation, not running to the line's end)
        let closed = end < after.len() || resumed.is_some();
        let reversed = before.len() == 2 && {
            let first = before[0].trim_matches(|c: char| !c.is_alphanumeric());
            // (then a role's title or nothing: not `Kos AnnaMaria told me ...`)
            popup
                .strip_prefix(linked)
                .and_then(|r| r.strip_prefix(' '))
                .and_then(|r| r.strip_prefix(first))
                .is_some_and(|rest| !first.is_empty() && title_words(rest, closed))
        };
        // (a pop-up that runs to the line's end is short: `Lind Ivan`)
        // (a name printed in its own order, the role glued on: `Xi JinpingPresident of ...`)
        let same_order = last_two
            .as_deref()
            .is_some_and(|t| popup.starts_with(t) && glue_at(popup).is_some());
        // the name alone after a capitalized title (`Mr Varga     Varga Pal ,`), closed
        let name_alone = end < after.len()
            && before.len() == 2
            && (before[0].starts_with(char::is_uppercase)
                || with_lower(before[0], super::words::is_role_word))
            && (2..=3).contains(&popup.split(' ').count())
            && popup.split(' ').all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            });
        // (a pop-up that runs to the line's end is short: `Lind Ivan`; the name alone is
        // the linked name reversed, or follows a title)
        let person = capital
            && (popup.starts_with(linked) || same_order)
            && popup.contains(' ')
            && (gap_after || end < after.len() || popup.split(' ').count() <= 12)
            && (role_glued(popup, closed) || reversed || name_alone);
        // (not the words said again, `Grand Quay.   Grand Quay was full`)
        let other = gap_after
            && (capital
                && (last_two.is_some_and(|t| {
                    t.contains(' ') && popup.contains(t.as_str()) && !popup.starts_with(t.as_str())
                }) || popup.contains(&format!("({linked})")))
                || names_linked_words(&line[..gap], popup));
        let names = popup.len() <= 400 && (person || other);
        if names {
            found.push((start, start + popup.len()));
            from = start + popup.len();
        }
    }
    if may_hold_russian_popup(line) {
        let adjacent = adjacent_popups(line);
        if !adjacent.is_empty() {
            found.extend(adjacent);
            found.sort_unstable();
            // (one reading of the same text)
            let mut end = 0;
            found.retain(|&(a, b)| {
                let keep = a >= end;
                if keep {
                    end = b;
                }
                keep
            });
        }
    }
    found
}

/// Whether a pop-up closed by a wide gap (`popup`, a glossary entry: `Background information
/// Harbour Economic Community (HEC)`) names the words linked before it (the last three words of
/// `before`, the text up to the gap, small words left out): the linked word, the last (`QUAD`,
/// `such as Portco`), or two of them (`the Harbour Economic Union`, `harbour capital`), in
/// any case, among its words after the first, which is none of them (not the words said
/// again, `Grand Quay   Grand Quay was full`). The pop-up has three words or more, and neither
/// it nor the linked words end a sentence (`Japan.   We think Japan is right.`).
fn names_linked_words(before: &str, popup: &str) -> bool {
    let before = before.trim_end();
    if before.ends_with(['.', '!', '?', ',', ';', ':']) || popup.ends_with(['.', '!', '?']) {
        return false;
    }
    let bare = |w: &str| lower(w.trim_matches(|c: char| !c.is_alphanumeric()));
    let linked: Vec<String> = before
        .rsplit(' ')
        .take(3)
        .map(bare)
        .filter(|w| w.chars().count() >= 2 && !super::words::is_small_word(w))
        .collect();
    let mut words = popup.split(' ').map(bare);
    let Some(first) = words.next() else {
        return false;
    };
    let rest: Vec<String> = words.collect();
    let last = before.rsplit(' ').next().map(bare);
    if linked.is_empty() || linked.contains(&first) || rest.len() < 2 {
        return false;
    }
    let named = linked.iter().filter(|w| rest.contains(w)).count();
    last.is_some_and(|w| rest.contains(&w)) || named >= 2
}

/// Where the first space before punctuation is in `b`: ` ,`, ` .`, ` ;`, ` :`, what a pop-up
/// printed without a gap leaves after it.
fn space_before_mark_at(b: &[u8]) -> Option<usize> {
    // (a search for each pair: prose holds a comma or a period every few words, and stopping
    // at each costs more than four passes that find none)
    SPACED_MARKS.iter().filter_map(|f| f.find(b)).min()
}

/// Searchers for ` ,`, ` .`, ` ;`, ` :` ([`space_before_mark_at`]), built once.
static SPACED_MARKS: LazyLock<[memmem::Finder<'static>; 4]> =
    LazyLock::new(|| [" ,", " .", " ;", " :"].map(memmem::Finder::new));

/// Whether `line` may hold pop-up text ([`popups`]): a run of three spaces, or a Russian
/// patronymic ([`may_hold_russian_popup`]: a pop-up printed with no gap).
pub(crate) fn may_hold_popups(line: &str) -> bool {
    WIDE_GAP.find(line.as_bytes()).is_some() || may_hold_russian_popup(line)
}

/// The longest pop-up printed with no gap ([`adjacent_popups`]) closed by a space before
/// punctuation, in bytes.
const POPUP_REACH: usize = 400;

/// Whether `line` may hold a Russian person's pop-up printed with no gap
/// ([`adjacent_popups`]): it is not ASCII and holds a word ending as a patronymic does before
/// a space (`Петрович `, `Петровна `, `Ильинична `), as the full name a pop-up prints does.
fn may_hold_russian_popup(line: &str) -> bool {
    !line.is_ascii()
        && PATRONYMIC_ENDS
            .iter()
            .any(|f| f.find(line.as_bytes()).is_some())
}

/// How Russian patronymics end (`Петрович`, `Ильич`, `Петровна`, `Ильинична`).
const PATRONYMIC_ENDINGS: [&str; 3] = ["ич", "вна", "чна"];

/// Searchers for the ends of patronymics before a space ([`may_hold_russian_popup`]).
static PATRONYMIC_ENDS: LazyLock<[memmem::Finder<'static>; 3]> = LazyLock::new(|| {
    PATRONYMIC_ENDINGS.map(|e| memmem::Finder::new(format!("{e} ").as_bytes()).into_owned())
});

/// Whether `printed` and `popup` are one name, the pop-up's in the nominative and the text's
/// perhaps in another case (`Кимом` and `Ким`, `Цыбульского` and `Цыбульский`): the same
/// word, or one stem of three letters or more with endings of at most three letters.
fn same_name(printed: &str, popup: &str) -> bool {
    if printed == popup {
        return true;
    }
    let common = printed
        .chars()
        .zip(popup.chars())
        .take_while(|(x, y)| x == y)
        .count();
    common >= 3 && printed.chars().count() - common <= 3 && popup.chars().count() - common <= 3
}

/// A person's pop-up printed with no gap before it (kremlin.ru in Russian): the linked name,
/// the name again surname first, then the role, closed by a space before punctuation
/// (`Глава Ивар Лунд Лунд Ивар Петрович министр транспорта , ...`: the pop-up is `Лунд Ивар
/// Петрович министр транспорта`). Without that close, the role ends where it stops repeating
/// the role printed before the name ([`echoed_role`]); with neither, or with another such name
/// before the end, where the role ends is not known and nothing is taken.
fn adjacent_popups(line: &str) -> Vec<(usize, usize)> {
    let name_word = |w: &str| {
        w.chars().count() >= 2
            && w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    // (a surname the page added in brackets, `Юрием Ивановичем [Борисовым]`)
    fn unbracketed(w: &str) -> &str {
        w.strip_prefix('[')
            .and_then(|w| w.strip_suffix(']'))
            .unwrap_or(w)
    }
    // each reversed name, `A B B A` or, with a patronymic, `A P B B A P`: where the linked
    // name starts, where the reversed one starts, and where it ends (the last six words read,
    // in a window: a long line's words are not collected)
    let mut reversed: Vec<(usize, usize, usize)> = Vec::new();
    // (a ring of the last six words; looked at only when the last two are capitalized, as
    // both patterns end: a line of prose costs a split and a first-letter check a word)
    let mut ring: [(usize, &str); 6] = [(0, ""); 6];
    let mut read = 0usize;
    let mut capitalized_before = false;
    let mut at = 0;
    for w in line.split(' ') {
        let here = at;
        at += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        ring[read % 6] = (here, w);
        read += 1;
        let capitalized = w.starts_with(char::is_uppercase);
        let both = capitalized && capitalized_before;
        capitalized_before = capitalized;
        if !both || read < 4 {
            continue;
        }
        let window: [(usize, &str); 6] = std::array::from_fn(|k| ring[(read + k) % 6]);
        let [f, p, s, s2, f2, p2] = window;
        let surname = unbracketed(s.1);
        if f.1 != surname
            && same_name(surname, s2.1)
            && same_name(f.1, f2.1)
            && same_name(p.1, p2.1)
            && [f.1, p.1, surname, s2.1, f2.1, p2.1]
                .into_iter()
                .all(name_word)
        {
            reversed.push((f.0, s2.0, p2.0 + p2.1.len()));
            continue;
        }
        let [a, b, b2, a2] = [s, s2, f2, p2];
        let surname = unbracketed(b.1);
        if a.1 != surname
            && same_name(surname, b2.1)
            && same_name(a.1, a2.1)
            && [a.1, surname, b2.1, a2.1].into_iter().all(name_word)
        {
            reversed.push((a.0, b2.0, a2.0 + a2.1.len()));
        }
    }
    let mut found = Vec::new();
    for (n, &(linked, start, from)) in reversed.iter().enumerate() {
        // (the reversed name may add the patronymic the linked one left out: `Иван Лунд Лунд
        // Иван Петрович`)
        let from = line[from..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(' ').next())
            .filter(|w| name_word(w) && is_patronymic(w))
            .map_or(from, |w| from + 1 + w.len());
        let next_name = reversed.get(n + 1).map(|r| r.0);
        // (looked for no further than a pop-up may reach: a line of many names costs each
        // of them that much, not the rest of the line)
        let reach = line.len().min(start + POPUP_REACH + 2);
        let closed = space_before_mark_at(&line.as_bytes()[from.min(reach)..reach])
            .map(|off| from + off)
            .filter(|&end| {
                let role = &line[from..end];
                // (a company's name in guillemets or straight quotes is part of a role,
                // `директор АО «Верфь»`, `директор АО "Верфь"` on a page in an encoding with
                // no guillemets; an unmatched mark opens or closes a quotation)
                let guillemets = role.matches('«').count() == role.matches('»').count();
                let quotes = role.matches('"').count().is_multiple_of(2);
                end - start <= POPUP_REACH
                    && next_name.is_none_or(|j| j >= end)
                    && !role.contains(". ")
                    && !role.contains(['!', '?', '(', ')'])
                    && guillemets
                    && quotes
            });
        // without that close, the role the text printed before the name, printed again
        if let Some(end) = closed.or_else(|| {
            echoed_role(line, linked, from)
                .or_else(|| capitalized_role(line, from))
                .filter(|&end| next_name.is_none_or(|j| j >= end))
        }) {
            found.push((start, end));
        }
    }
    found
}

/// Whether `label` (a speaker label's text, colon excluded) is initials and a surname with
/// the person's pop-up pasted after it, as kremlin.ru in Russian prints them: the surname
/// again, the first name and a patronymic (`И.Лунд Лунд Иван Петрович министр лесов, рек и
/// озёр`). Such a label's role may hold commas.
pub(crate) fn initials_popup_label(label: &str) -> bool {
    let mut words = label.split(' ').filter(|w| !w.is_empty());
    let (Some(initials), Some(surname), Some(first), Some(patronymic)) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return false;
    };
    let capitalized = |w: &str| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    initials.rsplit_once('.').is_some_and(|(dots, printed)| {
        !dots.is_empty()
            && dots
                .split('.')
                .all(|i| i.chars().count() == 1 && capitalized(i))
            && printed == surname
    }) && capitalized(surname)
        && capitalized(first)
        && capitalized(patronymic)
        && is_patronymic(patronymic)
}

/// Whether `w` ends as a Russian patronymic does ([`PATRONYMIC_ENDINGS`]).
fn is_patronymic(w: &str) -> bool {
    PATRONYMIC_ENDINGS.iter().any(|end| w.ends_with(end))
}

/// Where a pop-up's role ends when it repeats the role printed before the linked name, perhaps
/// in another case (`с мэром Лесограда Олегом Кимом Ким Олег Павлович мэр Лесограда
/// присутствовал`: the role is `мэр Лесограда`): the end of the last of the words after `from`
/// (the reversed name's end) that repeat, in order, words printed among the 24 before `linked`
/// (the linked name's start); the longest such run, of at most 24 words. The run repeats
/// either the words right before the name (two or more) or, three or more, the start of a
/// longer role printed there (`Председатель Областной Думы Северной области Иван Лунд Лунд
/// Иван Петрович Председатель Областной Думы и ...`: the pop-up's role is `Председатель
/// Областной Думы`). A dash matches a dash and is not counted.
fn echoed_role(line: &str, linked: usize, from: usize) -> Option<usize> {
    const MAX: usize = 24;
    let bare =
        |w: &str| lower(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '«' && c != '»'));
    // (the words before the name, nearest first)
    let before: Vec<String> = line[..linked]
        .split(' ')
        .rev()
        .filter(|w| !w.is_empty())
        .take(MAX)
        .map(bare)
        .collect();
    let mut after: Vec<(usize, String)> = Vec::with_capacity(MAX);
    let mut at = from;
    for w in line[from..].split(' ') {
        let here = at;
        at += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        if after.len() == before.len() {
            break;
        }
        // (the word's end without the punctuation after it, which the text keeps)
        let end = here
            + w.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '»')
                .len();
        after.push((end, bare(w)));
    }
    // the `n` words after the name repeat the `n` printed before it that end `skip` words
    // before the name; words, not dashes, open and close the run
    let echoes = |n: usize, skip: usize| {
        let printed = before[skip..skip + n].iter().rev();
        let counted = after[..n].iter().filter(|(_, a)| !a.is_empty()).count();
        !after[0].1.is_empty()
            && !after[n - 1].1.is_empty()
            && counted >= if skip == 0 { 2 } else { 3 }
            && printed.zip(&after[..n]).all(|(b, (_, a))| {
                if a.is_empty() || b.is_empty() {
                    a == b
                } else {
                    same_name(b, a)
                }
            })
    };
    // the longest run: the role's first word printed farthest back; of equal runs, the one
    // nearest the name
    let end = (2..=after.len()).rev().find_map(|n| {
        (0..=before.len() - n)
            .any(|skip| echoes(n, skip))
            .then(|| after[n - 1].0)
    })?;
    Some(end + genitive_tail(&line[end..]))
}

/// How Russian adjectives end (`Северной`, `Российской`, `Центрального`, `Федеральный`): a
/// capitalized title word so ending is followed by its noun.
const ADJECTIVE_ENDINGS: [&str; 16] = [
    "ой", "ей", "ый", "ий", "ая", "яя", "ое", "ее", "ого", "его", "ых", "их", "ому", "ему", "ым",
    "им",
];

/// Where a pop-up's role ends when it is a title of capitalized words that the sentence goes
/// on after in lower case (`Александр Лунд Лунд Александр Петрович Президент Северной
/// Республики выступил ...`: the role is `Президент Северной Республики`): the end of its last
/// word, of two to six, after `from` (the reversed name's end). `None` when the word after
/// them may carry the role on: a word that joins (`по`, `в`, `и`, `при`, ...: `Министр
/// Северной Республики по делам лесов`), a role word (`Первый заместитель ...`), or any word
/// after an adjective (`Губернатор Северной области`); and when no word in lower case
/// follows. (One capitalized word is not enough: `Министр промышленности` goes on in the
/// genitive.)
fn capitalized_role(line: &str, from: usize) -> Option<usize> {
    const MAX: usize = 6;
    let rest = line[from..].strip_prefix(' ')?;
    let mut end = None;
    let mut at = from + 1;
    for (n, w) in rest.split(' ').enumerate() {
        let word_end = at + w.len();
        at = word_end + 1;
        let capitalized =
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-');
        if capitalized && n < MAX {
            end = Some(word_end);
            continue;
        }
        // (a title ending on an adjective goes on with its noun in lower case: `Губернатор
        // Северной области`, `Президент Российской академии наук`)
        let adjective = rest
            .split(' ')
            .nth(n.wrapping_sub(1))
            .is_some_and(|last| ADJECTIVE_ENDINGS.iter().any(|e| last.ends_with(e)));
        let goes_on = n >= 2
            && !adjective
            && w.starts_with(char::is_lowercase)
            && w.chars().all(char::is_alphabetic)
            && !matches!(
                w,
                "по" | "в" | "во" | "и" | "при" | "для" | "на" | "с" | "со" | "из" | "от"
            )
            && !super::words::is_role_word(w);
        return end.filter(|_| goes_on);
    }
    None
}

/// How much of `rest` (the text after a pop-up's echoed role) still belongs to the role: the
/// capitalized words in the genitive that the text left out before the name (`Министр
/// иностранных дел` printed, `Министр иностранных дел Российской Федерации` in the pop-up),
/// at most three, and only when a word in lower case or punctuation follows them (not a name,
/// `Анна Берг сказала`).
fn genitive_tail(rest: &str) -> usize {
    const ENDINGS: [&str; 9] = ["ой", "ей", "ии", "ого", "его", "а", "я", "ы", "и"];
    // (punctuation after the echoed role ends it: `мэр Лесограда, Северной ...`)
    if !rest.starts_with(' ') {
        return 0;
    }
    let mut len = 0;
    for (n, w) in rest.split(' ').skip(1).enumerate() {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        let genitive = n < 3
            && bare.starts_with(char::is_uppercase)
            && bare.chars().all(char::is_alphabetic)
            && ENDINGS.iter().any(|e| bare.ends_with(e));
        if !genitive {
            return if n > 0 && !w.starts_with(char::is_uppercase) {
                len
            } else {
                0
            };
        }
        len += 1 + bare.len();
        if bare.len() < w.len() {
            return len;
        }
    }
    len
}

/// The person a pop-up ([`popups`]) names, in reading order: `Lind IvanMinister of Transport`
/// and `Lind Ivan` name `Ivan Lind`, `Varga Pal JanosMinister of Mines` names `Pal Janos
/// Varga`. `None` for other pop-ups (`Background information ...`).
pub(crate) fn popup_name(popup: &str) -> Option<String> {
    // the name ends where a capital is glued to its last letter
    let end = glue_at(popup).unwrap_or(popup.len());
    let words: Vec<&str> = popup[..end].split(' ').filter(|w| !w.is_empty()).collect();
    if !(2..=4).contains(&words.len())
        || !words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        })
    {
        return None;
    }
    Some(format!("{} {}", words[1..].join(" "), words[0]))
}

/// Where inline pop-up text `after` ends: at a run of two spaces, a space before punctuation
/// or a bracket (` ,`, ` .`, ` [`), or its end; and whether a run of two spaces ends it.
fn popup_end(after: &str) -> (usize, bool) {
    let b = after.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b' ', &b[i..]) {
        let at = i + off;
        match b.get(at + 1) {
            Some(b' ') => return (at, true),
            Some(b',' | b'.' | b';' | b':' | b'?' | b'!' | b'[') => return (at, false),
            _ => i = at + 1,
        }
    }
    (after.len(), false)
}

/// Whether a person's pop-up has a role glued to the name (`Lind IvanMinister of Transport`):
/// after the first word, a lower-case letter runs straight into a capital, and what follows
/// is a role's title (capitalized and small words), not a sentence (`Kos AnnaMaria told me`).
fn role_glued(popup: &str, closed: bool) -> bool {
    let first_end = popup.find(' ').unwrap_or(popup.len());
    glue_at(&popup[first_end..]).is_some_and(|at| title_words(&popup[first_end + at..], closed))
}

/// Where the role glued to a person's pop-up name stops when the pop-up runs to the line's
/// end with the sentence it interrupted (`Lind IvanHarbour Minister delivered the report.`):
/// the byte offset in `popup` of the role's first word in lower case that is no small word
/// (`delivered`), when the words before it hold a role word (`Minister`) and the role does not
/// end on a small word. `None` when the role runs to the end or names no role (`Kos AnnaMaria
/// told me`), or when it holds a comma, another role after `and`, or a name after a role word
/// (`... Minister and Governor Tom Vale signed`: another person the sentence names).
fn resumed_role_end(popup: &str) -> Option<usize> {
    let first_end = popup.find(' ')?;
    let glue = first_end + glue_at(&popup[first_end..])?;
    let mut pos = glue;
    let (mut role, mut after_small, mut after_and, mut after_role) = (false, false, false, false);
    for w in popup[glue..].split(' ') {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let small = super::words::with_lower(bare, super::words::is_small_word);
        if bare.starts_with(char::is_lowercase) && bare.is_ascii() && !small {
            // (the role ends on a word of its own, not `Minister for`)
            return (role && !after_small).then_some(pos);
        }
        // (a comma, another role after `and`, or a name right after the role word, `...
        // Minister and Governor Tom Vale`, `... Minister Anna Berg and ...`: another person,
        // or a list the sentence goes on with)
        if w.contains(',') {
            return None;
        }
        if bare.starts_with(char::is_uppercase) {
            let role_word = with_lower(bare, super::words::is_role_word);
            if role_word && after_and || !role_word && after_role {
                return None;
            }
            role |= role_word;
        }
        after_role =
            bare.starts_with(char::is_uppercase) && with_lower(bare, super::words::is_role_word);
        // (`and` reaches over small words to the next capitalized one: `and the Governor`)
        after_and = matches!(bare, "and" | "or" | "&") || after_and && small;
        after_small = small;
        pos += w.len() + 1;
    }
    None
}

/// Whether `text` reads as a role's title or is empty: capitalized and small words, and when
/// `closed` (the pop-up ends before the line does) up to two other words in lower case
/// (`... Duma faction leader`). Text in another script than Latin is not checked: Russian
/// roles are in lower case.
fn title_words(text: &str, closed: bool) -> bool {
    let lower_words = text
        .split(' ')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| {
            !w.is_empty()
                && w.is_ascii()
                && !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && !super::words::is_small_word(w)
        })
        .count();
    lower_words == 0 || closed && lower_words <= 2
}

/// Where in `text` a lower-case letter runs straight into a capital (`IvanMinister`): text
/// extraction gluing a name to the role after it. The capital's byte offset.
fn glue_at(text: &str) -> Option<usize> {
    let mut prev_lower = false;
    text.char_indices().find_map(|(i, c)| {
        let glued = prev_lower && c.is_uppercase();
        prev_lower = c.is_lowercase();
        glued.then_some(i)
    })
}

/// The credit of [`photo_caption`] (a prebuilt searcher: every short line asks).
static PHOTO_CREDIT: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new(". Photo: "));

static WIDE_GAP: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("   "));

/// The boilerplate kind of `line` from its wording, if any.
pub(crate) fn line_kind(line: &str) -> Option<(BoilerplateKind, Strength)> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    if let Some(kind) = furniture(line) {
        return Some((kind, Strength::Strong));
    }
    if line.starts_with('-') && link_bar(line) {
        return Some((BoilerplateKind::Navigation, Strength::Strong));
    }
    if photo_caption(line) {
        return Some((BoilerplateKind::Caption, Strength::Strong));
    }
    if line.len() <= 60 && break_marker(line) {
        return Some((BoilerplateKind::TranscriptMarker, Strength::Strong));
    }
    // Phrases are matched on a lower-cased copy of the line's start only (the longest phrase is
    // under 40 characters), and on the whole line only when it is short: a long line of
    // speech costs one short copy.
    let short = line.len() <= 400;
    let full = short && line.len() <= 64;
    // (lowered on the stack when ASCII: every line asks this)
    let mut buf = [0u8; 64];
    let mut head = lower_in(if full { line } else { prefix(line, 64) }, &mut buf);
    // `lower` maps character by character, so the lowered start of the line is the start of
    // the lowered line; it decides every prefix once it is as long as the longest phrase
    if short && !full && head.len() < 40 {
        head = Cow::Owned(lower(line));
    }
    if let Some(kind) = strong_prefix(&head) {
        return Some((kind, Strength::Strong));
    }
    if !short {
        return None;
    }
    // inside a line only when the line is short or ends with the phrase (`... All rights
    // reserved.`): `the Government will accept all nine recommendations` is speech
    let few_words = word_count_capped(line, 12) <= 12;
    if !few_words && !full {
        return long_line_kind(line, &head);
    }
    // (a short line of at most twelve words, lowered on the stack too)
    let mut whole = [0u8; 400];
    let l = if full {
        head
    } else {
        lower_in(line, &mut whole)
    };
    line_kind_lowered(line, &l, few_words)
}

/// Whether `line` is a photo's caption with its credit, printed between paragraphs (`Meeting
/// of the Harbour Council. Photo: Port Press`): a sentence of at most 300 bytes, then `Photo:`
/// and one to four capitalized words naming who took it.
fn photo_caption(line: &str) -> bool {
    if line.len() > 300 || !line.ends_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    // (the last one: a forward search with a prefilter passes a line without one faster than a
    // search from the end)
    let Some(at) = PHOTO_CREDIT.find_iter(line.as_bytes()).last() else {
        return false;
    };
    let (caption, credit) = (&line[..at], &line[at + PHOTO_CREDIT.needle().len()..]);
    let words = credit.split(' ').count();
    !caption.is_empty()
        && (1..=4).contains(&words)
        && credit.split(' ').all(|w| w.starts_with(char::is_uppercase))
}

/// Whether `line` opens with a person's name in Markdown bold closed by a colon (`**Ann
/// Lee:**`, `**Ann Lee**:`): two to four capitalized words (one is as likely a heading's,
/// `**Download:**`).
fn bold_name_label(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("**") else {
        return false;
    };
    let Some(end) = super::words::prefix(rest, 60).find("**") else {
        return false;
    };
    let name = rest[..end].strip_suffix(':').unwrap_or(&rest[..end]);
    let closed = rest[..end].ends_with(':') || rest[end + 2..].starts_with(':');
    closed && super::words::is_capitalized_name(name, 4)
}

/// The checks of [`line_kind`] after the opening phrases, on the trimmed short `line`, its
/// lower-cased copy `l`, and whether it has at most twelve words.
fn line_kind_lowered(line: &str, l: &str, few_words: bool) -> Option<(BoilerplateKind, Strength)> {
    let first = line.as_bytes()[0];
    let l_end = l.trim_end_matches(['.', '!', ' ', '»', '"']);
    // (a phrase inside the words of a speaker labelled in bold is said, not printed: `**Ann
    // Lee:** Get it on Google Play.`, a joke about an app)
    let inside = few_words && !bold_name_label(line);
    for ((finder, kind), (needle, _)) in STRONG_CONTAINS_FINDERS.iter().zip(STRONG_CONTAINS) {
        if (inside && finder.find(l.as_bytes()).is_some())
            || *kind == BoilerplateKind::Copyright && l_end.ends_with(needle)
        {
            return Some((*kind, Strength::Strong));
        }
    }
    if comment_chrome(l) {
        return Some((BoilerplateKind::ForumChrome, Strength::Strong));
    }
    if script_line(line) {
        return Some((BoilerplateKind::Other, Strength::Strong));
    }
    // a transcription credit (`Transcribed by https://otter.ai`, `Transcript by Rev.com`)
    if [
        "transcribed by ",
        "transcript by ",
        "transcription by ",
        "transcription services by ",
    ]
    .iter()
    .any(|p| l.starts_with(p))
        && word_count_capped(l, 9) <= 8
        // (a site or a tool, not a person: `Transcribed by Marta.` may be said)
        && l.split(' ').any(|w| {
            w.starts_with("http")
                || w.trim_end_matches('.')
                    .split_once('.')
                    .is_some_and(|(a, b)| !a.is_empty() && b.starts_with(|c: char| c.is_alphabetic()))
        })
    {
        return Some((BoilerplateKind::Footer, Strength::Strong));
    }
    // corrections notices of draft records: `The Draft Hansard is uncorrected. ...`
    if UNCORRECTED.find(l.as_bytes()).is_some()
        || [
            "corrections should",
            "corrections may",
            "amendments cannot be accepted",
            "new matters may not be introduced",
        ]
        .iter()
        .any(|p| l.starts_with(p))
    {
        return Some((BoilerplateKind::Other, Strength::Weak));
    }
    // taxonomy blocks of kremlin.ru footers: `Темы Внешняя политика Регионы`
    if ["темы ", "лица ", "география "]
        .iter()
        .any(|p| l.starts_with(p))
        && word_count_capped(l, 24) <= 24
        && !ends_sentence(l)
    {
        return Some((BoilerplateKind::Footer, Strength::Weak));
    }
    if first.is_ascii_digit() || l.len() > 60 {
        return None;
    }
    let bare = l.trim_end_matches([':', '.', ' ']);
    for (exact, kind) in WEAK_EXACT {
        if bare == *exact {
            return Some((*kind, Strength::Weak));
        }
    }
    for (prefix, kind) in WEAK_PREFIXES {
        if l.starts_with(prefix) {
            return Some((*kind, Strength::Weak));
        }
    }
    // a link back (`Return to Transcripts main page`, `Return to top`; not `Return to the
    // harbour`, said)
    if let Some(rest) = l.strip_prefix("return to ")
        && word_count_capped(rest, 6) <= 5
        && rest.split(' ').any(|w| {
            matches!(
                w,
                "top"
                    | "page"
                    | "home"
                    | "main"
                    | "index"
                    | "menu"
                    | "list"
                    | "transcripts"
                    | "search"
                    | "results"
                    | "contents"
                    | "homepage"
            )
        })
    {
        return Some((BoilerplateKind::Navigation, Strength::Weak));
    }
    // `Share · Print`, `Facebook | Twitter | Email`: chrome words joined by separators (with
    // no separator there is at most one part)
    if !bare.contains(['·', '|', '•', '/']) {
        return None;
    }
    let parts: Vec<&str> = bare
        .split(['·', '|', '•', '/'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() >= 2
        && let Some(kind) = parts
            .iter()
            .map(|p| WEAK_EXACT.iter().find(|(w, _)| w == p).map(|(_, k)| *k))
            .collect::<Option<Vec<_>>>()
            .and_then(|kinds| kinds.first().copied())
    {
        return Some((kind, Strength::Weak));
    }
    None
}

/// [`STRONG_PREFIXES`] grouped by first byte, each group in the list's order.
static STRONG_PREFIX_GROUPS: LazyLock<Vec<Vec<(&'static str, BoilerplateKind)>>> =
    LazyLock::new(|| {
        let mut groups = vec![Vec::new(); 256];
        for &(phrase, kind) in STRONG_PREFIXES {
            groups[usize::from(phrase.as_bytes()[0])].push((phrase, kind));
        }
        groups
    });

/// The kind of the first [`STRONG_PREFIXES`] phrase that lower-cased `l` starts with.
fn strong_prefix(l: &str) -> Option<BoilerplateKind> {
    let first = *l.as_bytes().first()?;
    STRONG_PREFIX_GROUPS[usize::from(first)]
        .iter()
        .find(|(phrase, _)| l.starts_with(phrase))
        .map(|(_, kind)| *kind)
}

/// The rest of [`line_kind`] for a line of 65 to 400 bytes and more than twelve words, given
/// its lower-cased start `head` (at least 40 bytes): the same answers, read from the line's
/// lower-cased start and end instead of a lower-cased copy of all of it.
///
/// `lower` maps character by character and never adds or removes a space or the punctuation
/// trimmed here, so word counts, sentence ends and trims read the same on the line as on its
/// lower-cased copy. Only `İ` and the Kelvin sign lower-case to ASCII (`i`, `k`), so an ASCII
/// needle without `i` and `k` is in the lower-cased line exactly when the line holds it in
/// any ASCII casing.
fn long_line_kind(line: &str, head: &str) -> Option<(BoilerplateKind, Strength)> {
    let fallback = || line_kind_lowered(line, &lower(line), false);
    // `l_end.ends_with(needle)`: the lowered end of the line, when long enough to decide
    let end = line.trim_end_matches(['.', '!', ' ', '»', '"']);
    let tail_raw = suffix(end, 64);
    let mut buf = [0u8; 64];
    let tail = lower_in(tail_raw, &mut buf);
    if tail.len() < 40 && tail_raw.len() < end.len() {
        return fallback();
    }
    // (only a copyright notice ends a long line as chrome: `... the Mac App Store.` is speech)
    for (needle, kind) in STRONG_CONTAINS {
        if *kind == BoilerplateKind::Copyright && tail.ends_with(needle) {
            return Some((*kind, Strength::Strong));
        }
    }
    // comment chrome needs fewer than four spaces, or `old ` with `#` in under 40 bytes
    if head.starts_with("old ") && line.contains('#') {
        return fallback();
    }
    if script_line(line) {
        return Some((BoilerplateKind::Other, Strength::Strong));
    }
    if contains_ascii_no_case(line.as_bytes(), b"uncorrected")
        || CORRECTION_OPENINGS.iter().any(|p| head.starts_with(p))
    {
        return Some((BoilerplateKind::Other, Strength::Weak));
    }
    if TAXONOMY_OPENINGS.iter().any(|p| head.starts_with(p))
        && word_count_capped(line, 24) <= 24
        && !ends_sentence(line)
    {
        return Some((BoilerplateKind::Footer, Strength::Weak));
    }
    let first = line.as_bytes()[0];
    if first.is_ascii_digit() || lower_len_over(line, 60) {
        return None;
    }
    fallback()
}

/// Openings of corrections notices of draft records.
const CORRECTION_OPENINGS: [&str; 4] = [
    "corrections should",
    "corrections may",
    "amendments cannot be accepted",
    "new matters may not be introduced",
];

/// Openings of the taxonomy blocks of kremlin.ru footers.
const TAXONOMY_OPENINGS: [&str; 3] = ["темы ", "лица ", "география "];

/// Whether `hay` holds lower-case ASCII `needle` in any ASCII casing.
fn contains_ascii_no_case(hay: &[u8], needle: &[u8]) -> bool {
    let first = needle[0];
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay).any(|i| {
        hay.get(i..i + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// Whether `lower(s)` is longer than `max` bytes, without building it.
fn lower_len_over(s: &str, max: usize) -> bool {
    // lower-casing shortens only `İ` (two bytes to one) and some three-byte characters (to
    // one or two bytes), whose lead bytes are 0xC4, 0xE1, 0xE2 and 0xEA: never below a third
    if s.len() > 3 * max {
        return true;
    }
    if s.is_ascii() {
        return s.len() > max; // ASCII lower-cases byte for byte
    }
    let shrink: usize = s
        .bytes()
        .map(|b| match b {
            0xC4 => 1,
            0xE1 | 0xE2 | 0xEA => 2,
            _ => 0,
        })
        .sum();
    s.len() - shrink > max || lower_len(s) > max
}

/// The byte length of `lower(s)`, without building it.
fn lower_len(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    s.chars()
        .map(|c| match c {
            'İ' => 1,
            c => c.to_lowercase().map(char::len_utf8).sum(),
        })
        .sum()
}

/// The last `max` bytes of `s` or fewer, cut at a character boundary.
fn suffix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut start = s.len() - max;
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// Line numbers, page numbers, rules and record headers: `Page 4 of 9`, `2742`, `------`,
/// `[[Page S5551]]`, `* * *`.
fn furniture(line: &str) -> Option<BoilerplateKind> {
    let t = line.trim();
    // the target of a Markdown link cut from its text: `](00%20p.m.%C2%A0%20So...)`
    if t.starts_with("](") {
        return Some(BoilerplateKind::Other);
    }
    if t.len() > 120 {
        return None;
    }
    // the end of a transcript or release: `END` alone (its time on its own line or none),
    // `###` (escaped as Markdown too)
    if matches!(t, "END" | "###" | "\\###" | "# # #" | "\\# \\# \\#") {
        return Some(BoilerplateKind::TranscriptMarker);
    }
    // most lines start with a letter: only the record headers and page counters below do
    let first = t.as_bytes()[0];
    if first.is_ascii_alphabetic() && !matches!(first, b'P' | b'p' | b'O' | b'o' | b'A' | b'a')
        || first >= 0x80 && !t.starts_with(['—', '─', '•'])
    {
        return None;
    }
    if t.chars().all(|c| c.is_ascii_digit()) && t.len() <= 5 {
        return Some(BoilerplateKind::PageFurniture);
    }
    // page counters `02/02`, `4/9`
    if let Some((a, b)) = t.split_once('/')
        && (1..=3).contains(&a.len())
        && (1..=3).contains(&b.len())
        && a.chars().chain(b.chars()).all(|c| c.is_ascii_digit())
    {
        return Some(BoilerplateKind::PageFurniture);
    }
    // rules, also Markdown-escaped (`\\_\\_\\_`)
    // (the line without its backslashes, read in place)
    // (three marks at least: a lone `—` is a broken-off sentence, not a rule)
    // (the marks are checked first: a line of words fails at its first letter)
    if t.chars()
        .filter(|&c| c != '\\')
        .all(|c| matches!(c, '-' | '_' | '=' | '~' | '—' | '─' | ' '))
        && t.chars().filter(|&c| c != '\\' && c != ' ').count() >= 3
    {
        return Some(BoilerplateKind::PageFurniture);
    }
    // caption (SRT) cue timings: `00:00:03,020 --> 00:00:06,480`
    // (a timing opens with a digit or its punctuation)
    if matches!(first, b'0'..=b'9' | b':' | b',' | b'.')
        && let Some((a, b)) = t.split_once(" --> ")
        && [a, b].iter().all(|x| {
            x.len() >= 8
                && x.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ':' | ',' | '.'))
        })
    {
        return Some(BoilerplateKind::PageFurniture);
    }
    // the target of a Markdown link cut from its text: `](00%20p.m.%C2%A0%20So...)`
    if t.starts_with("](") {
        return Some(BoilerplateKind::Other);
    }
    // a language switcher: `• en-GB1 fr-FR1 de-DE1` (every code holds a hyphen)
    let codes = if memchr::memchr(b'-', t.as_bytes()).is_none() {
        0
    } else {
        t.split(' ')
            .filter(|w| {
                let w = w.trim_end_matches(|c: char| c.is_ascii_digit());
                w.len() == 5
                    && w.as_bytes()[2] == b'-'
                    && w[..2].chars().all(|c| c.is_ascii_lowercase())
                    && w[3..].chars().all(|c| c.is_ascii_uppercase())
            })
            .count()
    };
    if codes >= 2 && codes * 2 >= word_count(t) {
        return Some(BoilerplateKind::Navigation);
    }
    // a content hash printed as a Markdown heading or code span: `## `2c9c0a64...``
    let core = t.trim_start_matches('#').trim().trim_matches('`');
    if core.len() >= 16 && core.chars().all(|c| c.is_ascii_hexdigit()) {
        return Some(BoilerplateKind::Other);
    }
    if matches!(t, "* * *" | "***" | "*  *  *" | "* * * * *" | "— — —") {
        return Some(BoilerplateKind::TranscriptMarker);
    }
    if let Ok((rest, _)) = (
        tag_no_case::<&str, &str, nom::error::Error<&str>>("page"),
        space1,
        take_while1(|c: char| c.is_ascii_digit()),
    )
        .parse(t)
    {
        let rest = lower(rest.trim());
        if rest.is_empty()
            || rest.starts_with("of ") && rest[3..].trim().chars().all(|c| c.is_ascii_digit())
        {
            return Some(BoilerplateKind::PageFurniture);
        }
    }
    if matches!(
        t,
        "[Senate]" | "[House]" | "[House of Representatives]" | "[Extensions of Remarks]"
    ) {
        return Some(BoilerplateKind::PageFurniture);
    }
    None
}

/// Comment and forum headers: `14 Comments`, `nordic_sailor says:`, `Old May 9th, 2021 #221`.
fn comment_chrome(l: &str) -> bool {
    let t = l.trim();
    // `t.split(' ')` has two pieces exactly when `t` holds one space
    if t.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && let Some((a, b)) = t.split_once(' ')
        && !b.contains(' ')
        && a.chars().all(|c| c.is_ascii_digit())
        && matches!(
            b,
            "comments" | "comment" | "replies" | "responses" | "комментариев" | "комментария"
        )
    {
        return true;
    }
    // (a handle or a name, `nordic_sailor`, `greta h.` (the line comes lower-cased): not a
    // sentence of speech, `Lind then says:`, `... the harbour. It says:`)
    if let Some(who) = t.strip_suffix(" says:")
        && who.bytes().filter(|&b| b == b' ').count() < 3
        && !who.split(' ').any(|w| {
            super::words::sentence_word(w)
                || matches!(
                    w,
                    "then" | "also" | "now" | "just" | "still" | "again" | "only"
                )
                || w.len() > 2 && w.ends_with(['.', '!', '?'])
        })
    {
        return true;
    }
    if t.starts_with("old ") && t.contains('#') && t.len() < 40 {
        return true;
    }
    false
}

/// Script residue: `var promoEnds = "2025-12-31";`, `window.dataLayer = ...`.
fn script_line(line: &str) -> bool {
    let t = line.trim();
    // (the first bytes of the openings below: most lines open otherwise)
    if !matches!(
        t.as_bytes().first(),
        Some(b'v' | b'l' | b'c' | b'f' | b'w' | b'd' | b'g' | b'(' | b'<' | b'$')
    ) {
        return false;
    }
    let code_start = [
        "var ",
        "let ",
        "const ",
        "function(",
        "function ",
        "window.",
        "document.",
        "googletag.",
        "(adsbygoogle",
        "<script",
        "$(",
    ];
    code_start.iter().any(|p| t.starts_with(p))
        && (t.ends_with(';') || t.contains(" = ") || t.ends_with('{'))
}

/// A podcast transcript's break marker, shaped like a speaker label with only timestamps after
/// it (`**Break:** \[08:17\]`, `**Jingle:** \[26:45\] to \[26:45\]`, `Music:`).
fn break_marker(line: &str) -> bool {
    let Some((word, rest)) = line.split_once(':') else {
        return false;
    };
    let word = word.trim_matches(['*', ' ']);
    const MARKERS: [&str; 7] = [
        "break",
        "ad break",
        "jingle",
        "music",
        "intro",
        "outro",
        "musical interlude",
    ];
    if !MARKERS.iter().any(|m| word.eq_ignore_ascii_case(m)) {
        return false;
    }
    // timestamps, `to` between them, and the bold marks
    rest.trim_start_matches('*')
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| {
            w == "to"
                || w.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '[' | ']' | '\\' | '*'))
        })
}

/// A bar of links separated by hyphens under a speaker's label (`- Record - - - Excerpts`,
/// `- Record - -`): a line opening with a hyphen, of at most four words, each capitalized and
/// with no sentence punctuation, and more hyphens than words (empty links print a bare hyphen).
pub(crate) fn link_bar(line: &str) -> bool {
    if !line.starts_with('-') || line.len() > 80 {
        return false;
    }
    let hyphens = line.bytes().filter(|&b| b == b'-').count();
    let mut words = 0;
    for w in line.split(['-', ' ']).filter(|w| !w.is_empty()) {
        words += 1;
        if words > 4
            || !w.starts_with(|c: char| c.is_uppercase())
            || !w.chars().all(char::is_alphabetic)
        {
            return false;
        }
    }
    words >= 1 && hyphens > words && hyphens >= 2
}

/// The separators between a browser title's headline and the site's name.
pub(crate) const SITE_SEPARATORS: [&str; 5] = [" • ", " | ", " — ", " – ", " - "];

/// Where the date closing a browser title line starts (`Ministerial Statement - Island Record
/// 2021-02-11`: the date is the last thing after the last site separator, after at least one
/// word of the site's name), or `None` when `line` is no such line.
pub(crate) fn browser_title_date(line: &str) -> Option<usize> {
    let (head, site) = SITE_SEPARATORS
        .iter()
        .find_map(|sep| line.rsplit_once(sep))?;
    if !head.chars().any(char::is_alphabetic) {
        return None;
    }
    let (at, m) = super::date::first_date(site)?;
    let name = &site[..at];
    (at + m.len == site.len() && name.chars().any(char::is_alphabetic))
        .then(|| line.len() - site.len() + at)
}

/// A breadcrumb trail: two or more short items joined by ` / `, ` › `, ` » `, ` > ` or ` | `
/// (`Home / News / Transcripts`), or one item followed by a separator (`Документ /`).
pub(crate) fn breadcrumb(line: &str) -> bool {
    let t = line.trim();
    // a separator must be there: `/`, `|`, `>`, `»`, `›`, `•`, `→`
    // (`»` and `›` hold 0xBB and 0xBA, `•` and `→` 0xA2 and 0x92)
    let b = t.as_bytes();
    if t.len() > 240
        || memchr::memchr3(b'/', b'|', b'>', b).is_none()
            && memchr::memchr3(0xBB, 0xBA, 0xA2, b).is_none()
            && memchr::memchr(0x92, b).is_none()
    {
        return false;
    }
    if word_count_capped(t, 18) > 18 || ends_sentence(t) && !t.ends_with("...") {
        return false;
    }
    for sep in [" / ", " › ", " » ", " > ", " | ", " • ", " → ", "»", "›"] {
        // (without the separator there is one part, which is no trail)
        if !t.contains(sep) {
            continue;
        }
        let parts: Vec<&str> = t.split(sep).map(str::trim).collect();
        if parts.len() >= 3 || parts.len() == 2 && sep.trim().len() == sep.len() - 2 {
            let short = parts
                .iter()
                .all(|p| !p.is_empty() && word_count_capped(p, 6) <= 6 && !p.ends_with([':', ',']));
            if short && parts.len() >= 3 {
                return true;
            }
            if short
                && parts.len() == 2
                && word_count_capped(t, 8) <= 8
                && sep != " | "
                && sep != " > "
                // (a date and the recording's length, `Tue, Mar 12, 2024 10:02AM • 14:37`, is
                // a date line)
                && !(super::date::date(parts[0]).is_some_and(|m| m.len == parts[0].len())
                    && parts[1].bytes().all(|b| b.is_ascii_digit() || b == b':'))
            {
                return true;
            }
        }
    }
    // `Документ   /`: an item and a trailing separator
    let trimmed_sep = t.trim_end_matches(['/', '›', '»', ' ']);
    trimmed_sep.len() < t.len()
        && word_count_capped(trimmed_sep, 3) <= 3
        && !trimmed_sep.is_empty()
        && t.ends_with(['/', '›', '»'])
}

/// Whether `line` reads like an advertisement: a short imperative marketing line in the header
/// (`Discover the World Of Judaica`, `Shop the collection`).
pub(crate) fn advert_shape(line: &str) -> bool {
    let t = line.trim();
    let n = word_count(t);
    if !(2..=10).contains(&n) || ends_sentence(t) && !t.ends_with('!') {
        return false;
    }
    let first = lower(t.split(' ').next().unwrap_or(""));
    matches!(
        first.as_str(),
        "discover"
            | "shop"
            | "buy"
            | "order"
            | "save"
            | "download"
            | "install"
            | "try"
            | "book"
            | "explore"
            | "browse"
            | "get"
    ) && t
        .split(' ')
        .skip(1)
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts of the pop-ups [`popups`] finds in `line`.
    fn popup_texts(line: &str) -> Vec<&str> {
        popups(line).into_iter().map(|(a, e)| &line[a..e]).collect()
    }

    #[test]
    fn a_phrase_said_by_a_bold_labelled_speaker_is_speech() {
        assert_eq!(line_kind("**Ann Lee:** Get it on Google Play."), None);
        assert_eq!(
            line_kind("**Jean-Pierre O'Neil**: Get it on Google Play."),
            None
        );
        assert_eq!(
            line_kind("Get it on Google Play."),
            Some((BoilerplateKind::Advertisement, Strength::Strong))
        );
        assert_eq!(
            line_kind("**Download:** get it on google play now"),
            Some((BoilerplateKind::Advertisement, Strength::Strong))
        );
    }

    #[test]
    fn initials_with_a_popup() {
        assert!(initials_popup_label(
            "И.Лунд Лунд Иван Петрович министр лесов, рек и озёр"
        ));
        assert!(initials_popup_label("А.Б.Лунд Лунд Анна Борисовна"));
        // (no pop-up: the surname is not printed again, or no patronymic follows)
        assert!(!initials_popup_label("И.Лунд министр лесов, рек и озёр"));
        assert!(!initials_popup_label("И.Лунд Лунд Иван Петров министр"));
        assert!(!initials_popup_label("И.Лунд Ким Иван Петрович министр"));
        assert!(!initials_popup_label("Лунд Лунд Иван Петрович министр"));
        assert!(!initials_popup_label("И.Лунд Лунд Иван"));
    }

    #[test]
    fn popups_without_a_gap() {
        let found = popup_texts;
        assert_eq!(
            found("выступил Ивар Лунд Лунд Ивар Петрович министр транспорта , затем"),
            ["Лунд Ивар Петрович министр транспорта"]
        );
        // another name before the close: where the first role ends is not known
        assert_eq!(
            found(
                "министр Ивар Лунд Лунд Ивар Петрович министр и губернатор Анна Берг Берг Анна Олеговна губернатор ."
            ),
            ["Берг Анна Олеговна губернатор"]
        );
        // (the other name printed in another case)
        assert_eq!(
            found(
                "Ивар Лунд Лунд Ивар министр доложил вместе с мэром Олегом Кимом Ким Олег Павлович мэр Лесограда , затем"
            ),
            ["Ким Олег Павлович мэр Лесограда"]
        );
        // a company's name in guillemets in the role, not a quotation left open
        assert_eq!(
            found("и Игорь Вальд Вальд Игорь Олегович директор АО «Северная верфь» , конечно"),
            ["Вальд Игорь Олегович директор АО «Северная верфь»"]
        );
        assert!(found("и Игорь Вальд Вальд Игорь Олегович сказал «спасибо , конечно").is_empty());
        // a linked name with a patronymic, its surname perhaps added in brackets
        assert_eq!(
            found("вместе с Иваном Петровичем [Лундом] Лунд Иван Петрович министр , затем"),
            ["Лунд Иван Петрович министр"]
        );
        assert_eq!(
            found("вместе с Иваном Петровичем Лундом Лунд Иван Петрович министр , затем"),
            ["Лунд Иван Петрович министр"]
        );
        // no close, but the role printed before the name again, perhaps in another case
        assert_eq!(
            found(
                "Ивар Лунд вместе с мэром Лесограда Олегом Кимом Ким Олег Павлович мэр Лесограда присутствовал на открытии"
            ),
            ["Ким Олег Павлович мэр Лесограда"]
        );
        assert_eq!(
            found(
                "встречу сопровождали помощник Президента Иван Лунд Лунд Иван Петрович помощник Президента и губернатор Анна Берг."
            ),
            ["Лунд Иван Петрович помощник Президента"]
        );
        // (punctuation after the echoed role ends it, in bytes of any width)
        assert_eq!(
            found(
                "с мэром Лесограда Олегом Кимом Ким Олег Петрович мэр Лесограда, Северной Области сказал."
            ),
            ["Ким Олег Петрович мэр Лесограда"]
        );
        // (with the genitive words the text left out before the name)
        assert_eq!(
            found(
                "участвовали министр транспорта Иван Лунд Лунд Иван Петрович министр транспорта Северной Республики и мэр."
            ),
            ["Лунд Иван Петрович министр транспорта Северной Республики"]
        );
        assert_eq!(
            found(
                "сопровождал министр транспорта Иван Лунд Лунд Иван Петрович министр транспорта Анна Берг сказала"
            ),
            ["Лунд Иван Петрович министр транспорта"]
        );
        // (a full name is printed: a line with no patronymic holds no such pop-up)
        assert!(found("выступил Олег Ким Ким Олег министр , затем").is_empty());
        // no close at all, and words printed twice that are no name
        assert!(found("выступил Олег Ким Ким Олег Павлович министр и рассказал").is_empty());
        assert!(found("Да да, Нет Нет , Да").is_empty());
    }

    #[test]
    fn inline_popups() {
        let texts = popup_texts;
        assert_eq!(
            texts(
                "I asked Ivan Lind     Lind IvanMinister of Transport, Roads and Bridges  to lead the group."
            ),
            vec!["Lind IvanMinister of Transport, Roads and Bridges"]
        );
        assert_eq!(
            texts(
                "talks with Mr Varga     Varga Pal , and with Anna Kos     Kos AnnaSpeaker of the Diet ."
            ),
            vec!["Varga Pal", "Kos AnnaSpeaker of the Diet"]
        );
        assert_eq!(
            texts(
                "members of the Trade Union   Background information Trade Union of three states    and others"
            ),
            vec!["Background information Trade Union of three states"]
        );
        // wide gaps without a pop-up
        assert!(texts("the Battle of Marsk   . During the war").is_empty());
        assert!(texts("States (CIS)    states to enter the country").is_empty());
        assert!(texts("Name:     John Smith").is_empty());
        assert_eq!(
            texts(
                "встретился с Иваном Линдом. Анна Кос     Кос Анна Петровна Министр транспорта  . Далее"
            ),
            vec!["Кос Анна Петровна Министр транспорта"]
        );
        assert!(texts("Yes.   Yes.").is_empty());
        // a glossary pop-up naming the linked word, or two of the linked words
        assert_eq!(
            texts("QUAD   Background information QUAD    countries have shown interest."),
            vec!["Background information QUAD"]
        );
        assert_eq!(
            texts("such as Portco   Background information Portco   , Shipco and others"),
            vec!["Background information Portco"]
        );
        assert_eq!(
            texts(
                "within the Harbour Economic Union   Background information Harbour Economic Community (HEC)   ."
            ),
            vec!["Background information Harbour Economic Community (HEC)"]
        );
        assert_eq!(
            texts("family harbour capital   Background information Harbour Capital   and more"),
            vec!["Background information Harbour Capital"]
        );
        // (a table's columns, or sentences spaced wide, are no pop-up)
        assert!(texts("Total   Revenue   Costs").is_empty());
        assert!(texts("Japan.   We think — Japan is doing more.  We have").is_empty());
        assert!(texts("I spoke to Anna Kos.   Kos AnnaMaria told me the rest.").is_empty());
        assert!(
            texts("We bought PowerPoint   PowerPoint licenses for the schools  and more")
                .is_empty()
        );
        assert!(texts("I saw Lind.   Lind Marine  was his company.").is_empty());
        assert!(
            texts("A. Grand Quay.   Grand Quay was very crowded that day.  Q. Then?").is_empty()
        );
        assert_eq!(
            popup_name("Varga Pal JanosMinister of Mines").as_deref(),
            Some("Pal Janos Varga")
        );
        assert_eq!(popup_name("Kos Anna").as_deref(), Some("Anna Kos"));
        assert_eq!(popup_name("Background information Trade Union"), None);
        assert!(texts("MR. LONG:      No.        No, Justice Lind,").is_empty());
        assert!(texts("the Harbour Court.   The Harbour Court shall have no say").is_empty());
        assert!(texts("the ports of Marsk.   We did — Marsk is growing.").is_empty());
        assert_eq!(
            texts(
                "citizens of the CIS   Background information Commonwealth of Independent States (CIS)    may enter"
            ),
            vec!["Background information Commonwealth of Independent States (CIS)"]
        );
    }

    #[test]
    fn strong_phrases() {
        assert_eq!(
            line_kind("Enter your email:"),
            Some((BoilerplateKind::Form, Strength::Strong))
        );
        assert_eq!(
            line_kind("Please enter this numbers in the fields:").map(|k| k.0),
            Some(BoilerplateKind::Captcha)
        );
        assert_eq!(
            line_kind("© 2018 Office of the Chancellor").map(|k| k.0),
            Some(BoilerplateKind::Copyright)
        );
        assert_eq!(
            line_kind("We use cookies to improve your experience. Accept all").map(|k| k.0),
            Some(BoilerplateKind::CookieNotice)
        );
        assert_eq!(
            line_kind(
                "© 2020 The Harbour Office of Port Amalie and its partners. All rights reserved."
            )
            .map(|k| k.0),
            Some(BoilerplateKind::Copyright)
        );
        assert_eq!(
            line_kind(
                "I hope the Government will accept all nine recommendations, and not only the ones that cost nothing."
            ),
            None
        );
        assert_eq!(
            line_kind("Page 4 of 9").map(|k| k.0),
            Some(BoilerplateKind::PageFurniture)
        );
        assert_eq!(
            line_kind("14 Comments").map(|k| k.0),
            Some(BoilerplateKind::ForumChrome)
        );
        assert_eq!(
            line_kind("Greta H. says:").map(|k| k.0),
            Some(BoilerplateKind::ForumChrome)
        );
        assert_eq!(
            line_kind("nordic_sailor says:").map(|k| k.0),
            Some(BoilerplateKind::ForumChrome)
        );
        // a sentence of speech introducing a quotation is no comment's header
        assert_eq!(line_kind("Lind then says:"), None);
        assert_eq!(line_kind("Harbour. It says:"), None);
        assert_eq!(
            line_kind("var promoEnds = \"2025-12-31\";").map(|k| k.0),
            Some(BoilerplateKind::Other)
        );
        assert_eq!(
            line_kind("* * *").map(|k| k.0),
            Some(BoilerplateKind::TranscriptMarker)
        );
        assert_eq!(
            line_kind("INSTALEAZĂ APLICAȚIA: Download on the App Store Get it on Google Play")
                .map(|k| k.0),
            Some(BoilerplateKind::Advertisement)
        );
    }

    #[test]
    fn weak_phrases() {
        assert_eq!(
            line_kind("Share"),
            Some((BoilerplateKind::Share, Strength::Weak))
        );
        assert_eq!(
            line_kind("Topics"),
            Some((BoilerplateKind::Footer, Strength::Weak))
        );
        assert_eq!(line_kind("Thank you."), None);
        assert_eq!(line_kind("Share the burden, we must."), None);
    }

    #[test]
    fn long_line_helpers_agree_with_lower() {
        for s in [
            "plain ascii line",
            "Встреча с мэром Москвы",
            "\u{212A}elvin \u{212A}\u{212A}\u{212A} İİİ ẞ Ω Å — “quoted”",
            "Ⱥ grows when lowered",
        ] {
            assert_eq!(lower_len(s), lower(s).len(), "{s}");
            for max in [0, 5, 10, 20, 40, 60] {
                assert_eq!(lower_len_over(s, max), lower(s).len() > max, "{s} {max}");
            }
        }
        assert!(contains_ascii_no_case(
            b"The Draft is UNCORRECTED.",
            b"uncorrected"
        ));
        assert!(!contains_ascii_no_case(
            b"The Draft is corrected.",
            b"uncorrected"
        ));
        assert_eq!(suffix("ab\u{212A}", 2), "");
        assert_eq!(suffix("ab\u{212A}", 3), "\u{212A}");
    }

    #[test]
    fn long_lines_read_like_their_lower_case_copy() {
        let long = "One two three four five six seven eight nine ten eleven twelve thirteen";
        assert_eq!(
            line_kind(&format!("{long} fourteen. ALL RIGHTS RESERVED.")).map(|k| k.0),
            Some(BoilerplateKind::Copyright)
        );
        assert_eq!(
            line_kind(&format!("{long}: the record is Uncorrected and may change")),
            Some((BoilerplateKind::Other, Strength::Weak))
        );
        assert_eq!(
            line_kind(&format!("Corrections should be sent to the editor: {long}")),
            Some((BoilerplateKind::Other, Strength::Weak))
        );
        assert_eq!(line_kind(&format!("{long} and more speech.")), None);
    }

    #[test]
    fn break_markers() {
        assert!(break_marker("**Break:** \\[08:17\\]"));
        assert!(break_marker("**Jingle:** \\[26:45\\] to \\[26:45\\]"));
        assert!(break_marker("Music:"));
        // a speaker named Break, or a break with words after it, is speech
        assert!(!break_marker("**Break:** we are back after this"));
        assert!(!break_marker("**Ann Break:** \\[08:17\\]"));
    }

    #[test]
    fn link_bars() {
        assert!(link_bar("- Record - - - Excerpts"));
        assert!(link_bar("- Record - -"));
        assert_eq!(
            line_kind("- Record - -"),
            Some((BoilerplateKind::Navigation, Strength::Strong))
        );
        // speech opening with a hyphen, a list item, a bare rule
        assert!(!link_bar("- Yes - no - maybe."));
        assert!(!link_bar("- Record - Excerpts"));
        assert!(!link_bar("- Yes. - -"));
        assert!(!link_bar("- - -"));
        assert!(!link_bar("-- Two Words Here Five Six - - - - - -"));
    }

    #[test]
    fn browser_title_dates() {
        let line = "ORAL QUESTIONS - Island Record 2031-02-11";
        assert_eq!(browser_title_date(line), Some(31));
        assert_eq!(&line[31..], "2031-02-11");
        // a date inside the headline, or no site name before the date, or text after it
        assert_eq!(
            browser_title_date("Report of 2031-02-11 - Island Record"),
            None
        );
        assert_eq!(browser_title_date("ORAL QUESTIONS - 2031-02-11"), None);
        assert_eq!(
            browser_title_date("ORAL QUESTIONS - Island Record 2031-02-11 part 2"),
            None
        );
        assert_eq!(browser_title_date("Island Record 2031-02-11"), None);
    }

    #[test]
    fn breadcrumbs() {
        assert!(breadcrumb(
            "Home / Russia / Government Register for Membership"
        ));
        assert!(breadcrumb("Главная / Новости / Стенограммы"));
        assert!(breadcrumb("Forum › Politics › Transcripts"));
        assert!(breadcrumb("Документ   /"));
        assert!(!breadcrumb(
            "Peacekeeping budget / Mali / Haiti - Remarks to the press by Mr. Maurice Lançon, Permanent Representative of France to the United Nations - 14 March 2017"
        ));
        assert!(!breadcrumb("He said yes / no."));
        assert!(!breadcrumb("Tue, Mar 12, 2024 10:02AM • 14:37"));
        assert!(breadcrumb("May 12, 2024 • 5 min read"));
    }

    #[test]
    fn adverts() {
        assert!(advert_shape("Discover the World Of Judaica"));
        assert!(!advert_shape("Discover how we work."));
        assert!(!advert_shape("Meeting with the Governor"));
    }
}

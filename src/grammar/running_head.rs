//! The running head a record converted from PDF prints at the top of each page, read after the
//! page break the converter marks (`Page 68`).
//!
//! A Pacific Hansard's printed page carries its page number, the item's heading and the
//! sitting's date, in the order `<page> <heading> <date>` on even pages and `<date> <heading>
//! <page>` on odd ones. Flattened to text, the three pieces come after the converter's `Page N`
//! line, each on a line of its own or run together, and the last one is often glued to the text
//! the page break fell in:
//!
//! ```text
//! Page 68
//!
//! 2002 Review Report – Water Board 2019 Annual Report 20 th Nov., 2023 Board 2019 Annual ...
//! ```
//!
//! ```text
//! Page 17
//!
//! 15 th April, 2024
//!
//! Questions
//!
//! 337 with this research capacity that is badly needed locally?
//! ```
//!
//! [`head`] reads one such head from the lines after a break and gives the byte ranges of its
//! pieces, so that the glued text can be set apart from the head.

use crate::grammar::date;
use crate::grammar::words::{is_small_word, with_lower};
use chrono::{Datelike, NaiveDate};

/// A piece of a running head: the printed page number or the sitting's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Number,
    Date,
}

impl Piece {
    fn other(self) -> Piece {
        match self {
            Piece::Number => Piece::Date,
            Piece::Date => Piece::Number,
        }
    }
}

/// How far into a line the second piece is looked for (the heading before it is short).
const WINDOW: usize = 240;

/// A page number opening `s`: one to four digits, then a space or the end; its length and
/// value.
pub(crate) fn page_number(s: &str) -> Option<(usize, u32)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) || !(s.len() == digits || s[digits..].starts_with(' ')) {
        return None;
    }
    Some((digits, s[..digits].parse().ok()?))
}

/// A date written out (`20 th Nov., 2023`, `30 April 1997`), not numeric and with no time,
/// opening `s` and ending at a space or the end: its length.
fn written_date(s: &str) -> Option<usize> {
    let m = date::date(s).filter(|m| m.numeric.is_none() && m.time.is_none())?;
    (m.len == s.len() || s[m.len..].starts_with(' ')).then_some(m.len)
}

/// The length and (for a number) value of `piece` opening `s`. A page number the page's other
/// heads do not predict (`expect`) has three digits at least: `12 months ago ...` opens speech.
fn piece_at(s: &str, piece: Piece, expect: Option<u32>) -> Option<(usize, Option<u32>)> {
    match piece {
        Piece::Number => {
            let (len, n) = page_number(s)?;
            if expect.is_none() && len < 3 {
                return None;
            }
            // (not the day of a date: `4 th May, 2022`)
            written_date(s).is_none().then_some((len, Some(n)))
        }
        Piece::Date => {
            // (a date opens with its day, its month or its weekday: most words are none)
            let first = s.split([' ', ',', '.']).next().unwrap_or("");
            let opens = s.starts_with(|c: char| c.is_ascii_digit())
                || date::month_number(first).is_some()
                || date::is_weekday(first);
            if opens {
                written_date(s).map(|len| (len, None))
            } else {
                None
            }
        }
    }
}

/// How many words of `t` are in lower case besides small words, when `t` is shaped as a
/// running heading: it opens with a capital, is at most 200 bytes and has no sentence end,
/// question, exclamation or colon (`Review Report – Water Board 2019 Annual Report`, `Questions`).
pub(crate) fn heading_lower_words(t: &str) -> Option<usize> {
    if t.is_empty() || t.len() > 200 || !t.starts_with(char::is_uppercase) {
        return None;
    }
    // (`No. 2` is no sentence end)
    let sentence_end = t
        .match_indices(". ")
        .any(|(at, _)| !t[at + 2..].starts_with(|c: char| c.is_ascii_digit()));
    // (a colon anywhere is a label's or a list's: `MR CHAIRMAN: Clause 12 ...`)
    if sentence_end || t.contains(['?', '!', ':']) {
        return None;
    }
    Some(
        t.split(' ')
            .filter(|w| w.starts_with(char::is_lowercase) && !with_lower(w, is_small_word))
            .count(),
    )
}

/// Whether `t` reads as a running heading: shaped as one, and every word in lower case a
/// small word (not `Interest were accepted until`).
pub(crate) fn heading_like(t: &str) -> bool {
    heading_lower_words(t) == Some(0)
}

/// The end of `piece` in `s`, after a heading when `heading` allows one: `(end, number,
/// where the piece starts)`.
///
/// A date is the first that follows a heading; a page number is `expect` when the page's
/// other heads predict one, else the first candidate that text follows ([`text_follows`]),
/// else the last whose heading still reads as one.
fn second(
    s: &str,
    piece: Piece,
    heading: bool,
    expect: Option<u32>,
) -> Option<(usize, Option<u32>, usize)> {
    let (mut found, mut first_before_text) = (None, None);
    let limit = s.len().min(WINDOW);
    // the heading before word start `p`, read word by word as [`heading_lower_words`] reads it
    // whole: words in lower case, and whether a sentence ended inside
    let capital = s.starts_with(char::is_uppercase);
    let (mut lower_words, mut ended) = (0, false);
    let mut prev_end: Option<char> = None;
    let mut p = 0;
    while p <= limit {
        if p > 0 {
            // (`No. 2` is no sentence end)
            let next_digit = s[p..].starts_with(|c: char| c.is_ascii_digit());
            match prev_end {
                Some('.') if !next_digit => ended = true,
                // (`MR CHAIRMAN: Clause 12 ...` is a label and its speech)
                Some('?' | '!' | ':') => ended = true,
                _ => {}
            }
        }
        let title = s[..p].trim_end();
        let heading_ok = capital && !ended && lower_words == 0 && title.len() <= 200;
        if (p == 0 || heading_ok)
            && let Some((len, n)) = piece_at(&s[p..], piece, expect)
        {
            let hit = (p + len, n, p);
            match piece {
                Piece::Date => return Some(hit),
                Piece::Number if expect.is_some() => {
                    if n == expect {
                        return Some(hit);
                    }
                }
                Piece::Number => {
                    // the first number that text follows (`... Bill 2024 1813 In 2019 the
                    // Ministry ...`: `2024` is the heading's, and `2019` the text's); else the
                    // last (`... Bill 2024 871 HON. A. B.- ...`)
                    if first_before_text.is_none() && text_follows(&s[p + len..]) {
                        first_before_text = Some(hit);
                    }
                    found = Some(hit);
                }
            }
        }
        // (a longer heading only gets more words in lower case, or a sentence end)
        if !heading || p > 0 && (!capital || ended || lower_words > 0 || title.len() > 200) {
            break;
        }
        // the next word
        let Some(at) = memchr::memchr(b' ', &s.as_bytes()[p..]) else {
            break;
        };
        let word = &s[p..p + at];
        if word.starts_with(char::is_lowercase) && !with_lower(word, is_small_word) {
            lower_words += 1;
        }
        prev_end = word.chars().next_back();
        p += at + 1;
    }
    first_before_text.or(found)
}

/// Whether what follows a page number (`rest`, from just after it) is the text the head is
/// glued to rather than more of the heading: nothing, or a word in lower case (not a small
/// word) among the next five words, and no number right after (`2024 2579 So, ...`: `2024`
/// is a bill's year).
fn text_follows(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    if rest.is_empty() {
        return true;
    }
    if page_number(rest).is_some() {
        return false;
    }
    rest.split(' ')
        .take(5)
        .any(|w| w.starts_with(char::is_lowercase) && !with_lower(w, is_small_word))
}

/// The first piece of a head opening `s`: its kind, length and (for a number) value.
fn first_piece(s: &str, expect: Option<u32>) -> Option<(Piece, (usize, Option<u32>))> {
    // (a date first: `15 th April, 2024` opens with a number too)
    [Piece::Date, Piece::Number]
        .into_iter()
        .find_map(|k| piece_at(s, k, expect).map(|hit| (k, hit)))
}

/// The length and date of a whole running head printed on one line and opening `content`,
/// wherever the line is (no page break marked before it): `<page> <heading> <date>` or
/// `<date> <heading> <page>`, with a heading of two words at least.
pub(crate) fn one_line(content: &str) -> Option<(usize, NaiveDate)> {
    let (kind, (len, _)) = first_piece(content, None)?;
    let rest = content[len..].trim_start_matches(' ');
    let at = content.len() - rest.len();
    let (end, _, heading_at) = second(rest, kind.other(), true, None)?;
    if rest[..heading_at].trim_end().split(' ').count() < 2 {
        return None;
    }
    let date_at = match kind {
        Piece::Date => 0,
        Piece::Number => at + heading_at,
    };
    let date = date::date(&content[date_at..])?.date;
    Some((at + end, date))
}

/// A running head's pieces, `(start, end)` each, and its page number when it shows it
/// unambiguously.
pub(crate) type Head = (Vec<(usize, usize)>, Option<u32>);

/// A running head read from `lines` (the non-blank lines after a page break, content only,
/// each with its offset): the `(start, end)` of each of its pieces (a whole line, or for the
/// last, the head's part of the line it is glued to), and the page number when the head shows
/// it unambiguously (first in the head, or alone before the text).
///
/// `expect` is the page number the page's other heads predict for this one.
pub(crate) fn head(lines: &[(usize, &str)], expect: Option<u32>) -> Option<Head> {
    let mut pieces = Vec::new();
    let mut first: Option<Piece> = None;
    let mut titled = false;
    // the page number, and the date's year: a head whose number is its year is a heading
    // over a sentence (`2024 Storm Season Report` / `March 5, 2024 was the worst day`)
    let (mut number, mut year) = (None, None);
    let year_at = |s: &str| date::date(s).map(|m| m.date.year());
    for (k, &(start, content)) in lines.iter().enumerate() {
        let Some(kind) = first else {
            let (kind, (len, n)) = first_piece(content, expect)?;
            number = n;
            if kind == Piece::Date {
                year = year_at(content);
            }
            let rest = content[len..].trim_start_matches(' ');
            let at = content.len() - rest.len();
            if rest.is_empty() {
                pieces.push((start, start + content.len()));
            } else if let Some((end, n, p)) = second(rest, kind.other(), true, expect) {
                pieces.push((start, start + at + end));
                if kind == Piece::Number {
                    year = year_at(&rest[p..]);
                }
                let number = number.or(n.filter(|&n| Some(n) == expect));
                return own_year(pieces, number, n.or(number), year);
            } else if heading_like(rest) {
                pieces.push((start, start + content.len()));
                titled = true;
            } else {
                return None;
            }
            first = Some(kind);
            continue;
        };
        // a heading on its own line, over the last piece at the next line's start (`Audit of
        // 2015 Accounts` / `705`: `2015` is the heading's)
        let over_last = || {
            lines
                .get(k + 1)
                .is_some_and(|&(_, next)| second(next, kind.other(), false, expect).is_some())
        };
        if !titled && heading_like(content) && over_last() {
            pieces.push((start, start + content.len()));
            titled = true;
            continue;
        }
        // the last piece opens its line: after a first piece on a line of its own, the
        // heading is on a line of its own too (`3 June 1998` / `About 300 growers ...` is a
        // date over speech)
        if let Some((end, n, _)) = second(content, kind.other(), false, expect) {
            pieces.push((start, start + end));
            if kind.other() == Piece::Date {
                year = year_at(content);
            }
            return own_year(pieces, number.or(n), number.or(n), year);
        }
        if titled || !heading_like(content) {
            return None;
        }
        pieces.push((start, start + content.len()));
        titled = true;
    }
    None
}

/// The head of `pieces` with its unambiguous page `number`, unless the page number it prints
/// (`printed`) is the `year` of its date.
fn own_year(
    pieces: Vec<(usize, usize)>,
    number: Option<u32>,
    printed: Option<u32>,
    year: Option<i32>,
) -> Option<Head> {
    let same = printed
        .zip(year)
        .is_some_and(|(n, y)| i64::from(n) == i64::from(y));
    (!same).then_some((pieces, number))
}

/// Where a PDF converter's list of the record's pages starts at the end of `content`: `Page:`
/// and the numbers from 1 on, five at least (`... at 4.34 p.m. Page: 1, 2, 3, 4, 5`; not
/// `... it says Page: 1, 2, 3`).
pub(crate) fn pager(content: &str) -> Option<usize> {
    if !content.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let at = memchr::memmem::rfind(content.as_bytes(), b"Page: 1, 2, 3")?;
    if at > 0 && content.as_bytes()[at - 1] != b' ' {
        return None;
    }
    let numbers = &content[at + "Page: ".len()..];
    let mut count = 0;
    let counted = numbers.split(", ").all(|n| {
        count += 1;
        n.parse::<usize>().ok() == Some(count)
    });
    (counted && count >= 5).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut at = 0;
        for l in s.split('\n') {
            if !l.is_empty() {
                out.push((at, l));
            }
            at += l.len() + 1;
        }
        out
    }

    fn pieces(s: &str, expect: Option<u32>) -> Option<(Vec<&str>, Option<u32>)> {
        let (p, n) = head(&lines(s), expect)?;
        Some((p.into_iter().map(|(a, b)| &s[a..b]).collect(), n))
    }

    #[test]
    fn number_heading_date_glued_to_text() {
        assert_eq!(
            pieces(
                "1804 Review Report – Harbour Board 2019 Annual Report 20 th Nov., 2023 Board which was tabled in May.",
                None
            ),
            Some((
                vec!["1804 Review Report – Harbour Board 2019 Annual Report 20 th Nov., 2023"],
                Some(1804)
            ))
        );
    }

    #[test]
    fn date_heading_number_keeps_the_years_of_the_heading() {
        let s =
            "5 th June, 2024 Ferry Services Bill 2024 2579 So, you are looking at a new entity.";
        assert_eq!(
            pieces(s, None),
            Some((vec!["5 th June, 2024 Ferry Services Bill 2024 2579"], None))
        );
        // the first number that text in lower case follows: `2019` is the heading's, and
        // `3` the text's
        let s = "5 th June, 2024 Review Report – Town Council 2019 Annual Report 2285 Recommendation 3 where the council";
        assert_eq!(
            pieces(s, None).unwrap().0,
            vec!["5 th June, 2024 Review Report – Town Council 2019 Annual Report 2285"]
        );
        assert_eq!(
            pieces(s, Some(2285)),
            Some((
                vec!["5 th June, 2024 Review Report – Town Council 2019 Annual Report 2285"],
                Some(2285)
            ))
        );
    }

    #[test]
    fn pieces_on_lines_of_their_own() {
        assert_eq!(
            pieces(
                "15 th April, 2024\nQuestions\n337 with this research capacity that is needed?",
                None
            ),
            Some((vec!["15 th April, 2024", "Questions", "337"], Some(337)))
        );
        assert_eq!(
            pieces(
                "1666\n\nAdjournment\n\n9 th August, 2024 Motion agreed to.",
                None
            ),
            Some((vec!["1666", "Adjournment", "9 th August, 2024"], Some(1666)))
        );
        assert_eq!(
            pieces("2750\n30 April 1997\nchildren need places to play.", None),
            Some((vec!["2750", "30 April 1997"], Some(2750)))
        );
    }

    #[test]
    fn a_year_in_the_heading_before_the_page_number() {
        let s =
            "5 th June, 2024 Harbour Fees Bill 2024 1813 In 2019 the Ministry reviewed the fees.";
        assert_eq!(
            pieces(s, None).unwrap().0,
            vec!["5 th June, 2024 Harbour Fees Bill 2024 1813"]
        );
    }

    #[test]
    fn a_heading_with_a_year_over_the_page_number() {
        let s = "4th Mar., 2021\nAudit of 2015 Accounts - Port Boards\n705\n(18)";
        assert_eq!(
            pieces(s, None),
            Some((
                vec![
                    "4th Mar., 2021",
                    "Audit of 2015 Accounts - Port Boards",
                    "705"
                ],
                Some(705)
            ))
        );
        // a page number the other heads do not predict is none
        assert_eq!(
            pieces(
                "4th Mar., 2021 Audit of 2015 Accounts 705 Film boards.",
                Some(706)
            ),
            None
        );
    }

    #[test]
    fn pager_at_the_end_of_a_line() {
        let s = "The House rose at 4.34 p.m. Page: 1, 2, 3, 4, 5";
        assert_eq!(pager(s).map(|at| &s[at..]), Some("Page: 1, 2, 3, 4, 5"));
        assert_eq!(pager("Page: 1, 2, 3, 4, 5, 6"), Some(0));
        assert_eq!(pager("The form says Page: 1, 2, 3"), None);
        // numbers that do not count the pages from 1
        assert_eq!(pager("See Page: 1, 2, 3, 7"), None);
        assert_eq!(pager("The votes were 4, 27 and 23"), None);
    }

    #[test]
    fn a_label_is_no_heading() {
        assert_eq!(
            pieces(
                "3rd March 1999\nMR CHAIRMAN: Clause 12 stand part of the Bill?",
                None
            ),
            None
        );
        // a date on its own line over speech that opens with a capital and a number
        assert_eq!(
            pieces("3 June 1998\nAbout 300 growers attended the meeting.", None),
            None
        );
        // a number that is the date's year: a heading over a sentence
        assert_eq!(
            pieces(
                "2024 Storm Season Report\nMarch 5, 2024 was the worst day.",
                None
            ),
            None
        );
        // a short number the other heads do not predict opens speech
        assert_eq!(
            pieces(
                "5 May 2024\nJOURNALIST\n12 months ago you promised a bridge.",
                None
            ),
            None
        );
    }

    #[test]
    fn speech_is_no_head() {
        // a number that opens speech, with no date to close a head
        assert_eq!(pieces("12 members voted for the motion today.", None), None);
        // a label after the page number
        assert_eq!(
            pieces("2141 HON. T. LAKA.- I thank the Member.", None),
            None
        );
        // a heading that never meets its date
        assert_eq!(pieces("1666\nAdjournment\nThe House rose.", None), None);
        // a sentence between the number and the date is no heading
        assert_eq!(
            pieces(
                "1519 Interest were accepted until 10 th July, 2024. Upon the completion",
                None
            ),
            None
        );
    }
}
